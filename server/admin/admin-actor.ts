/** Who performs an admin call, as recorded in the audit log. Never holds the credential itself. */
export interface AdminActor {
  /** e.g. `admin-token:3fa9c2d1`: a fingerprint of the token used. */
  id: string;
  /** The gateway request id, to find the call in logs. */
  requestId: string;
}
