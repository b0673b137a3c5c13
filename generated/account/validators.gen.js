// Generated from spec/native/account.spec.ts by spec/codegen — do not edit.
// Request validators: Ajv standalone code (JSON Schema 2020-12) compiled at generate time.
import { raw_validateGetAccountUsageSeriesQuery, raw_validateListAccountUsageQuery } from './validators-params.gen.js';



// Ajv errors → ValidationIssue[] (see generated/runtime.gen.ts). Copied verbatim into every
// generated validators module by spec/codegen/plugins/validators; plain JS on purpose.
//
// Ajv runs with allErrors off, so a failed validation holds one failing chain: the last
// error is the outermost failure; `if` errors only wrap the `then` error before them, and
// `anyOf`/`oneOf` errors come after the errors of each branch they tried.

function pointerSegments(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The property an error is about, beyond its instancePath (a missing or extra property). */
function extraSegment(error) {
  const p = error.params || {};
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
      return p.missingProperty;
    case 'additionalProperties':
      return p.additionalProperty;
    case 'unevaluatedProperties':
      return p.unevaluatedProperty;
    default:
      return undefined;
  }
}

function issueSegments(error) {
  const segments = pointerSegments(error.instancePath);
  const extra = extraSegment(error);
  return extra === undefined ? segments : segments.concat([String(extra)]);
}

/** OpenAI `param` style: `messages[0].content[1].image_url.url`. */
function renderPath(data, segments) {
  let out = '';
  let node = data;
  for (const segment of segments) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) out += '[' + segment + ']';
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += (out === '' ? '' : '.') + segment;
    else out += '[' + JSON.stringify(segment) + ']';
    node = node !== null && typeof node === 'object' ? node[segment] : undefined;
  }
  return out;
}

function show(value) {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function listOr(items) {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(', ') + ' or ' + items[items.length - 1];
}

function count(n, word) {
  return n + ' ' + word + (n === 1 ? '' : 's');
}

function typeList(type) {
  return Array.isArray(type) ? type : String(type).split(',');
}

function messageFor(error) {
  const p = error.params || {};
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
      return 'is required';
    case 'type':
      return 'must be ' + listOr(typeList(p.type));
    case 'enum':
      return 'must be one of: ' + p.allowedValues.map(show).join(', ');
    case 'const':
      return 'must be ' + JSON.stringify(p.allowedValue);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return 'must be ' + p.comparison + ' ' + p.limit;
    case 'minItems':
      return 'must have at least ' + count(p.limit, 'item');
    case 'maxItems':
      return 'must have at most ' + count(p.limit, 'item');
    case 'minLength':
      return 'must be at least ' + count(p.limit, 'character') + ' long';
    case 'maxLength':
      return 'must be at most ' + count(p.limit, 'character') + ' long';
    case 'minProperties':
      return 'must have at least ' + count(p.limit, 'property').replace(/propertys$/, 'properties');
    case 'maxProperties':
      return 'must have at most ' + count(p.limit, 'property').replace(/propertys$/, 'properties');
    case 'additionalProperties':
    case 'unevaluatedProperties':
    case 'false schema':
    case 'not':
      return 'is not allowed';
    case 'format':
      return 'must be a valid ' + p.format;
    case 'pattern':
      return 'must match pattern ' + p.pattern;
    case 'multipleOf':
      return 'must be a multiple of ' + p.multipleOf;
    case 'uniqueItems':
      return 'must not contain duplicates (items ' + p.j + ' and ' + p.i + ' are equal)';
    case 'oneOf':
      return p.passingSchemas ? 'matches more than one allowed shape' : 'does not match any allowed shape';
    case 'anyOf':
      return 'does not match any allowed shape';
    default:
      return error.message || 'is invalid (' + error.keyword + ')';
  }
}

function toIssue(error, data) {
  return { path: renderPath(data, issueSegments(error)), message: messageFor(error), keyword: error.keyword };
}

function isUnionFailure(error) {
  return error.keyword === 'anyOf' || (error.keyword === 'oneOf' && !(error.params && error.params.passingSchemas));
}

/**
 * A failed union: report the branch error that got deepest into the value (the branch the
 * caller evidently meant), or, when every branch failed on the value itself, say what
 * would have been accepted: `must be one of: none, auto, required, or an object`.
 */
function unionIssue(union, branchErrors, data) {
  const depth = pointerSegments(union.instancePath).length;
  let best;
  let bestDepth = depth;
  for (const e of branchErrors) {
    if (isUnionFailure(e)) continue;
    const d = issueSegments(e).length;
    if (d > bestDepth) {
      best = e;
      bestDepth = d;
    }
  }
  if (best) return toIssue(best, data);
  const values = [];
  const types = [];
  for (const e of branchErrors) {
    if (e.instancePath !== union.instancePath) continue;
    if (e.keyword === 'enum') for (const v of e.params.allowedValues) values.push(v);
    else if (e.keyword === 'const') values.push(e.params.allowedValue);
    else if (e.keyword === 'type') for (const t of typeList(e.params.type)) types.push(t);
  }
  // A branch `{type: string, enum: [...]}` reports both; the listed values say it already.
  const valueTypes = new Set(values.map((v) => (v === null ? 'null' : typeof v)));
  const parts = [];
  if (values.length > 0) parts.push('one of: ' + [...new Set(values.map(show))].join(', '));
  const typeNames = [...new Set(types)]
    .filter((t) => !valueTypes.has(t))
    .map((t) => (t === 'null' ? 'null' : (/^[aeiou]/.test(t) ? 'an ' : 'a ') + t));
  if (typeNames.length > 0) parts.push(listOr(typeNames));
  const message = parts.length > 0 ? 'must be ' + parts.join(', or ') : messageFor(union);
  return { path: renderPath(data, pointerSegments(union.instancePath)), message, keyword: union.keyword };
}

function toIssues(errors, data) {
  const list = (errors || []).filter((e) => e.keyword !== 'if');
  const last = list[list.length - 1];
  if (last === undefined) return [{ path: '', message: 'is invalid', keyword: 'unknown' }];
  if (isUnionFailure(last)) return [unionIssue(last, list.slice(0, -1), data)];
  const issues = [];
  const seen = new Set();
  for (const e of list.reverse()) {
    const issue = toIssue(e, data);
    const key = issue.path + '\u0000' + issue.message;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function wrapValidator(validate) {
  return (data) => (validate(data) ? null : toIssues(validate.errors, data));
}

export const validateGetAccountUsageSeriesQuery = wrapValidator(raw_validateGetAccountUsageSeriesQuery);
export const validateListAccountUsageQuery = wrapValidator(raw_validateListAccountUsageQuery);
