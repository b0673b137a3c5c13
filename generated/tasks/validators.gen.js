// Generated from spec/native/tasks.spec.ts by spec/codegen — do not edit.
// Request validators: Ajv standalone code (JSON Schema 2020-12) compiled at generate time.
import * as __ajvModule0 from 'ajv/dist/runtime/ucs2length.js';
import * as __ajvModule1 from 'ajv-formats/dist/formats.js';
import { raw_validateListTasksQuery, raw_validateGetTaskParams, raw_validateCancelTaskParams } from './validators-params.gen.js';

function __commonJs(ns) {
  const d = ns.default;
  return d !== null && (typeof d === 'object' || typeof d === 'function') && d.__esModule ? d : ns;
}
const __ajvRuntime0 = __commonJs(__ajvModule0);
const __ajvRuntime1 = __commonJs(__ajvModule1);

const raw_validateCreateTaskBody = validate20;
const schema31 = {"$ref":"https://schemas.nexusflow.invalid/tasks.json#/$defs/CreateTaskRequest","$id":"https://schemas.nexusflow.invalid/tasks/operations/createTask/body"};
const schema33 = {"type":"object","properties":{"model":{"type":"string","minLength":1,"maxLength":128},"kind":{"$ref":"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskKind"},"input":{"$ref":"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskInput"},"parameters":{"$ref":"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters"},"callback_url":{"type":"string","maxLength":2048,"format":"uri"}},"required":["model","kind","input"]};
const schema34 = {"type":"string","enum":["image","video"]};
const schema35 = {"type":"object","properties":{"prompt":{"type":"string","minLength":1,"maxLength":10000},"negative_prompt":{"type":"string","minLength":1,"maxLength":2000},"image_url":{"type":"string","minLength":1}},"required":["prompt"]};
const schema36 = {"type":"object","properties":{"n":{"type":"integer","minimum":1,"maximum":10},"size":{"type":"string","pattern":"^[1-9][0-9]{1,4}[x*][1-9][0-9]{1,4}$"},"duration":{"type":"integer","minimum":1,"maximum":60},"seed":{"type":"integer","minimum":0,"maximum":2147483647},"quality":{"type":"string","minLength":1},"style":{"type":"string","minLength":1}},"additionalProperties":{}};
const func1 = __ajvRuntime0.default;
const pattern4 = new RegExp("^[1-9][0-9]{1,4}[x*][1-9][0-9]{1,4}$", "u");
const formats0 = __ajvRuntime1.fullFormats.uri;

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.model === undefined) && (missing0 = "model")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.input === undefined) && (missing0 = "input"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.model !== undefined){
let data0 = data.model;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(func1(data0) > 128){
validate22.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/maxLength",keyword:"maxLength",params:{limit: 128}}];
return false;
}
else {
if(func1(data0) < 1){
validate22.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
let data1 = data.kind;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate22.errors = [{instancePath:instancePath+"/kind",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskKind/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data1 === "image") || (data1 === "video"))){
validate22.errors = [{instancePath:instancePath+"/kind",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskKind/enum",keyword:"enum",params:{allowedValues: schema34.enum}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
let data2 = data.input;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.prompt === undefined) && (missing1 = "prompt")){
validate22.errors = [{instancePath:instancePath+"/input",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskInput/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data2.prompt !== undefined){
let data3 = data2.prompt;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func1(data3) > 10000){
validate22.errors = [{instancePath:instancePath+"/input/prompt",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskInput/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 10000}}];
return false;
}
else {
if(func1(data3) < 1){
validate22.errors = [{instancePath:instancePath+"/input/prompt",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskInput/properties/prompt/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/input/prompt",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskInput/properties/prompt/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.negative_prompt !== undefined){
let data4 = data2.negative_prompt;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func1(data4) > 2000){
validate22.errors = [{instancePath:instancePath+"/input/negative_prompt",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskInput/properties/negative_prompt/maxLength",keyword:"maxLength",params:{limit: 2000}}];
return false;
}
else {
if(func1(data4) < 1){
validate22.errors = [{instancePath:instancePath+"/input/negative_prompt",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskInput/properties/negative_prompt/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/input/negative_prompt",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskInput/properties/negative_prompt/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.image_url !== undefined){
let data5 = data2.image_url;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate22.errors = [{instancePath:instancePath+"/input/image_url",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskInput/properties/image_url/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/input/image_url",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskInput/properties/image_url/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/input",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskInput/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parameters !== undefined){
let data6 = data.parameters;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.n !== undefined){
let data7 = data6.n;
const _errs19 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate22.errors = [{instancePath:instancePath+"/parameters/n",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/n/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs19){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 10 || isNaN(data7)){
validate22.errors = [{instancePath:instancePath+"/parameters/n",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/n/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10}}];
return false;
}
else {
if(data7 < 1 || isNaN(data7)){
validate22.errors = [{instancePath:instancePath+"/parameters/n",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.size !== undefined){
let data8 = data6.size;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
validate22.errors = [{instancePath:instancePath+"/parameters/size",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/size/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]{1,4}[x*][1-9][0-9]{1,4}$"}}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/parameters/size",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/size/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.duration !== undefined){
let data9 = data6.duration;
const _errs23 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate22.errors = [{instancePath:instancePath+"/parameters/duration",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/duration/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs23){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 60 || isNaN(data9)){
validate22.errors = [{instancePath:instancePath+"/parameters/duration",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60}}];
return false;
}
else {
if(data9 < 1 || isNaN(data9)){
validate22.errors = [{instancePath:instancePath+"/parameters/duration",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.seed !== undefined){
let data10 = data6.seed;
const _errs25 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate22.errors = [{instancePath:instancePath+"/parameters/seed",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/seed/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs25){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 2147483647 || isNaN(data10)){
validate22.errors = [{instancePath:instancePath+"/parameters/seed",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}}];
return false;
}
else {
if(data10 < 0 || isNaN(data10)){
validate22.errors = [{instancePath:instancePath+"/parameters/seed",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.quality !== undefined){
let data11 = data6.quality;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data11 === "string"){
if(func1(data11) < 1){
validate22.errors = [{instancePath:instancePath+"/parameters/quality",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/quality/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/parameters/quality",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/quality/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid5 = _errs27 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.style !== undefined){
let data12 = data6.style;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data12 === "string"){
if(func1(data12) < 1){
validate22.errors = [{instancePath:instancePath+"/parameters/style",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/style/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/parameters/style",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/properties/style/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid5 = _errs29 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/parameters",schemaPath:"https://schemas.nexusflow.invalid/tasks.json#/$defs/TaskParameters/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.callback_url !== undefined){
let data13 = data.callback_url;
const _errs31 = errors;
if(errors === _errs31){
if(errors === _errs31){
if(typeof data13 === "string"){
if(func1(data13) > 2048){
validate22.errors = [{instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/maxLength",keyword:"maxLength",params:{limit: 2048}}];
return false;
}
else {
if(!(formats0(data13))){
validate22.errors = [{instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"model":true,"kind":true,"input":true,"parameters":true,"callback_url":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/tasks/operations/createTask/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"model":true,"kind":true,"input":true,"parameters":true,"callback_url":true},"dynamicProps":false,"dynamicItems":false};

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

export const validateCancelTaskParams = wrapValidator(raw_validateCancelTaskParams);
export const validateCreateTaskBody = wrapValidator(raw_validateCreateTaskBody);
export const validateGetTaskParams = wrapValidator(raw_validateGetTaskParams);
export const validateListTasksQuery = wrapValidator(raw_validateListTasksQuery);
