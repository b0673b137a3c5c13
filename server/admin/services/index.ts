import { AccountsService } from './accounts.js';
import { AuditLogService } from './audit-log.js';
import { ChannelsService } from './channels.js';
import type { AdminDeps } from './deps.js';
import { KeysService } from './keys.js';
import { ModelsService } from './models.js';
import { AdminTasksService } from './tasks.js';
import { UsageService } from './usage.js';

/** The service functions both transports (REST and tRPC) call. */
export interface AdminServices {
  accounts: AccountsService;
  keys: KeysService;
  models: ModelsService;
  channels: ChannelsService;
  usage: UsageService;
  tasks: AdminTasksService;
  audit: AuditLogService;
}

export function createAdminServices(deps: AdminDeps): AdminServices {
  return {
    accounts: new AccountsService(deps),
    keys: new KeysService(deps),
    models: new ModelsService(deps),
    channels: new ChannelsService(deps),
    usage: new UsageService(deps),
    tasks: new AdminTasksService(deps),
    audit: new AuditLogService(deps),
  };
}
