// Generated from spec/native/admin.spec.ts by spec/codegen — do not edit.
// Request validators: Ajv standalone code (JSON Schema 2020-12) compiled at generate time.
import * as __ajvModule0 from 'ajv/dist/runtime/ucs2length.js';
import * as __ajvModule1 from 'ajv-formats/dist/formats.js';
import { raw_validateListAccountsQuery, raw_validateGetAccountParams, raw_validateUpdateAccountParams, raw_validateTopUpAccountParams, raw_validateListAccountLedgerQuery, raw_validateListAccountLedgerParams, raw_validateListKeysQuery, raw_validateGetKeyParams, raw_validateUpdateKeyParams, raw_validateRotateKeyParams, raw_validateRevokeKeyParams, raw_validateListChannelsQuery, raw_validateGetChannelParams, raw_validateUpdateChannelParams, raw_validateDisableChannelParams, raw_validateTestChannelParams, raw_validateListModelsQuery, raw_validateGetModelParams, raw_validateUpdateModelParams, raw_validateDeleteModelParams, raw_validateGetUsageSummaryQuery, raw_validateListUsageRecordsQuery, raw_validateGetUsageSeriesQuery, raw_validateListTasksQuery, raw_validateListAuditEntriesQuery } from './validators-params.gen.js';

function __commonJs(ns) {
  const d = ns.default;
  return d !== null && (typeof d === 'object' || typeof d === 'function') && d.__esModule ? d : ns;
}
const __ajvRuntime0 = __commonJs(__ajvModule0);
const __ajvRuntime1 = __commonJs(__ajvModule1);

const raw_validateCreateAccountBody = validate20;
const schema31 = {"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateAccountRequest","$id":"https://schemas.nexusflow.invalid/admin/operations/createAccount/body"};
const schema33 = {"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"},"name":{"type":"string","minLength":1,"maxLength":200},"credit_limit":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["name"]};
const pattern4 = new RegExp("^[A-Za-z0-9._-]{1,64}$", "u");
const func1 = __ajvRuntime0.default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/admin/operations/createAccount/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate20.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateAccountRequest/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateAccountRequest/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,64}$"}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateAccountRequest/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.name !== undefined){
let data1 = data.name;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) > 200){
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateAccountRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data1) < 1){
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateAccountRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateAccountRequest/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.credit_limit !== undefined){
let data2 = data.credit_limit;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate20.errors = [{instancePath:instancePath+"/credit_limit",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateAccountRequest/properties/credit_limit/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
validate20.errors = [{instancePath:instancePath+"/credit_limit",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateAccountRequest/properties/credit_limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate20.errors = [{instancePath:instancePath+"/credit_limit",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateAccountRequest/properties/credit_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateAccountRequest/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"id":true,"name":true,"credit_limit":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateUpdateAccountBody = validate22;
const schema34 = {"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateAccountRequest","$id":"https://schemas.nexusflow.invalid/admin/operations/updateAccount/body"};
const schema35 = {"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":200},"credit_limit":{"type":"integer","minimum":0,"maximum":9007199254740991}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/admin/operations/updateAccount/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 200){
validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateAccountRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data0) < 1){
validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateAccountRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateAccountRequest/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.credit_limit !== undefined){
let data1 = data.credit_limit;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate22.errors = [{instancePath:instancePath+"/credit_limit",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateAccountRequest/properties/credit_limit/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
validate22.errors = [{instancePath:instancePath+"/credit_limit",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateAccountRequest/properties/credit_limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate22.errors = [{instancePath:instancePath+"/credit_limit",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateAccountRequest/properties/credit_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateAccountRequest/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"name":true,"credit_limit":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateTopUpAccountBody = validate23;
const schema36 = {"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/TopUpRequest","$id":"https://schemas.nexusflow.invalid/admin/operations/topUpAccount/body"};
const schema37 = {"type":"object","properties":{"amount":{"type":"integer","minimum":1,"maximum":9007199254740991},"reason":{"type":"string","minLength":1,"maxLength":500},"idempotency_key":{"type":"string","minLength":1,"maxLength":200}},"required":["amount","reason"]};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/admin/operations/topUpAccount/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.amount === undefined) && (missing0 = "amount")) || ((data.reason === undefined) && (missing0 = "reason"))){
validate23.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/TopUpRequest/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.amount !== undefined){
let data0 = data.amount;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate23.errors = [{instancePath:instancePath+"/amount",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/TopUpRequest/properties/amount/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9007199254740991 || isNaN(data0)){
validate23.errors = [{instancePath:instancePath+"/amount",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/TopUpRequest/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate23.errors = [{instancePath:instancePath+"/amount",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/TopUpRequest/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.reason !== undefined){
let data1 = data.reason;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) > 500){
validate23.errors = [{instancePath:instancePath+"/reason",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/TopUpRequest/properties/reason/maxLength",keyword:"maxLength",params:{limit: 500}}];
return false;
}
else {
if(func1(data1) < 1){
validate23.errors = [{instancePath:instancePath+"/reason",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/TopUpRequest/properties/reason/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/reason",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/TopUpRequest/properties/reason/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.idempotency_key !== undefined){
let data2 = data.idempotency_key;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) > 200){
validate23.errors = [{instancePath:instancePath+"/idempotency_key",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/TopUpRequest/properties/idempotency_key/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data2) < 1){
validate23.errors = [{instancePath:instancePath+"/idempotency_key",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/TopUpRequest/properties/idempotency_key/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/idempotency_key",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/TopUpRequest/properties/idempotency_key/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/TopUpRequest/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"amount":true,"reason":true,"idempotency_key":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateCreateKeyBody = validate24;
const schema38 = {"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateKeyRequest","$id":"https://schemas.nexusflow.invalid/admin/operations/createKey/body"};
const schema39 = {"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"},"account_id":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"},"name":{"type":"string","minLength":1,"maxLength":200},"expires_at":{"type":"string","format":"date-time"},"allowed_models":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9._:/-]{1,128}$"},"minItems":1},"spend_limit":{"type":"integer","minimum":0,"maximum":9007199254740991},"spend_period":{"type":"string","enum":["day","month","total"]},"rate_limits":{"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/RateLimits"}},"required":["account_id","name"]};
const schema40 = {"type":"object","properties":{"requests_per_minute":{"type":["integer","null"],"minimum":1,"maximum":9007199254740991},"tokens_per_minute":{"type":["integer","null"],"minimum":1,"maximum":9007199254740991}}};
const pattern7 = new RegExp("^[A-Za-z0-9._:/-]{1,128}$", "u");
const formats0 = __ajvRuntime1.fullFormats["date-time"];

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.account_id === undefined) && (missing0 = "account_id")) || ((data.name === undefined) && (missing0 = "name"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,64}$"}}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.account_id !== undefined){
let data1 = data.account_id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate25.errors = [{instancePath:instancePath+"/account_id",schemaPath:"#/properties/account_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,64}$"}}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/account_id",schemaPath:"#/properties/account_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data2 = data.name;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func1(data2) > 200){
validate25.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data2) < 1){
validate25.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expires_at !== undefined){
let data3 = data.expires_at;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
validate25.errors = [{instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowed_models !== undefined){
let data4 = data.allowed_models;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
if(data4.length < 1){
validate25.errors = [{instancePath:instancePath+"/allowed_models",schemaPath:"#/properties/allowed_models/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs11 = errors;
if(errors === _errs11){
if(typeof data5 === "string"){
if(!pattern7.test(data5)){
validate25.errors = [{instancePath:instancePath+"/allowed_models/" + i0,schemaPath:"#/properties/allowed_models/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:/-]{1,128}$"}}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/allowed_models/" + i0,schemaPath:"#/properties/allowed_models/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/allowed_models",schemaPath:"#/properties/allowed_models/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.spend_limit !== undefined){
let data6 = data.spend_limit;
const _errs13 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate25.errors = [{instancePath:instancePath+"/spend_limit",schemaPath:"#/properties/spend_limit/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs13){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9007199254740991 || isNaN(data6)){
validate25.errors = [{instancePath:instancePath+"/spend_limit",schemaPath:"#/properties/spend_limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate25.errors = [{instancePath:instancePath+"/spend_limit",schemaPath:"#/properties/spend_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.spend_period !== undefined){
let data7 = data.spend_period;
const _errs15 = errors;
if(typeof data7 !== "string"){
validate25.errors = [{instancePath:instancePath+"/spend_period",schemaPath:"#/properties/spend_period/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data7 === "day") || (data7 === "month")) || (data7 === "total"))){
validate25.errors = [{instancePath:instancePath+"/spend_period",schemaPath:"#/properties/spend_period/enum",keyword:"enum",params:{allowedValues: schema39.properties.spend_period.enum}}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rate_limits !== undefined){
let data8 = data.rate_limits;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.requests_per_minute !== undefined){
let data9 = data8.requests_per_minute;
const _errs20 = errors;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
validate25.errors = [{instancePath:instancePath+"/rate_limits/requests_per_minute",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/RateLimits/properties/requests_per_minute/type",keyword:"type",params:{type: schema40.properties.requests_per_minute.type}}];
return false;
}
if(errors === _errs20){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 9007199254740991 || isNaN(data9)){
validate25.errors = [{instancePath:instancePath+"/rate_limits/requests_per_minute",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/RateLimits/properties/requests_per_minute/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data9 < 1 || isNaN(data9)){
validate25.errors = [{instancePath:instancePath+"/rate_limits/requests_per_minute",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/RateLimits/properties/requests_per_minute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.tokens_per_minute !== undefined){
let data10 = data8.tokens_per_minute;
const _errs22 = errors;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
validate25.errors = [{instancePath:instancePath+"/rate_limits/tokens_per_minute",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/RateLimits/properties/tokens_per_minute/type",keyword:"type",params:{type: schema40.properties.tokens_per_minute.type}}];
return false;
}
if(errors === _errs22){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9007199254740991 || isNaN(data10)){
validate25.errors = [{instancePath:instancePath+"/rate_limits/tokens_per_minute",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/RateLimits/properties/tokens_per_minute/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data10 < 1 || isNaN(data10)){
validate25.errors = [{instancePath:instancePath+"/rate_limits/tokens_per_minute",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/RateLimits/properties/tokens_per_minute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/rate_limits",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/RateLimits/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs17 === errors;
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
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"id":true,"account_id":true,"name":true,"expires_at":true,"allowed_models":true,"spend_limit":true,"spend_period":true,"rate_limits":true},"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/admin/operations/createKey/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"id":true,"account_id":true,"name":true,"expires_at":true,"allowed_models":true,"spend_limit":true,"spend_period":true,"rate_limits":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateUpdateKeyBody = validate27;
const schema41 = {"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest","$id":"https://schemas.nexusflow.invalid/admin/operations/updateKey/body"};
const schema42 = {"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":200},"expires_at":{"type":["string","null"],"format":"date-time"},"allowed_models":{"type":["array","null"],"items":{"type":"string","pattern":"^[A-Za-z0-9._:/-]{1,128}$"},"minItems":1},"spend_limit":{"type":["integer","null"],"minimum":0,"maximum":9007199254740991},"spend_period":{"type":["string","null"],"enum":["day","month","total",null]},"rate_limits":{"type":["object","null"],"properties":{"requests_per_minute":{"type":["integer","null"],"minimum":1,"maximum":9007199254740991},"tokens_per_minute":{"type":["integer","null"],"minimum":1,"maximum":9007199254740991}}}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/admin/operations/updateKey/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 200){
validate27.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data0) < 1){
validate27.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.expires_at !== undefined){
let data1 = data.expires_at;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate27.errors = [{instancePath:instancePath+"/expires_at",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/expires_at/type",keyword:"type",params:{type: schema42.properties.expires_at.type}}];
return false;
}
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
validate27.errors = [{instancePath:instancePath+"/expires_at",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/expires_at/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.allowed_models !== undefined){
let data2 = data.allowed_models;
const _errs6 = errors;
if((!(Array.isArray(data2))) && (data2 !== null)){
validate27.errors = [{instancePath:instancePath+"/allowed_models",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/allowed_models/type",keyword:"type",params:{type: schema42.properties.allowed_models.type}}];
return false;
}
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length < 1){
validate27.errors = [{instancePath:instancePath+"/allowed_models",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/allowed_models/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
validate27.errors = [{instancePath:instancePath+"/allowed_models/" + i0,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/allowed_models/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:/-]{1,128}$"}}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/allowed_models/" + i0,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/allowed_models/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.spend_limit !== undefined){
let data4 = data.spend_limit;
const _errs10 = errors;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (data4 !== null)){
validate27.errors = [{instancePath:instancePath+"/spend_limit",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/spend_limit/type",keyword:"type",params:{type: schema42.properties.spend_limit.type}}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate27.errors = [{instancePath:instancePath+"/spend_limit",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/spend_limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate27.errors = [{instancePath:instancePath+"/spend_limit",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/spend_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.spend_period !== undefined){
let data5 = data.spend_period;
const _errs12 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate27.errors = [{instancePath:instancePath+"/spend_period",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/spend_period/type",keyword:"type",params:{type: schema42.properties.spend_period.type}}];
return false;
}
if(!((((data5 === "day") || (data5 === "month")) || (data5 === "total")) || (data5 === null))){
validate27.errors = [{instancePath:instancePath+"/spend_period",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/spend_period/enum",keyword:"enum",params:{allowedValues: schema42.properties.spend_period.enum}}];
return false;
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.rate_limits !== undefined){
let data6 = data.rate_limits;
const _errs14 = errors;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
validate27.errors = [{instancePath:instancePath+"/rate_limits",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/rate_limits/type",keyword:"type",params:{type: schema42.properties.rate_limits.type}}];
return false;
}
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.requests_per_minute !== undefined){
let data7 = data6.requests_per_minute;
const _errs16 = errors;
if((!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) && (data7 !== null)){
validate27.errors = [{instancePath:instancePath+"/rate_limits/requests_per_minute",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/rate_limits/properties/requests_per_minute/type",keyword:"type",params:{type: schema42.properties.rate_limits.properties.requests_per_minute.type}}];
return false;
}
if(errors === _errs16){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 9007199254740991 || isNaN(data7)){
validate27.errors = [{instancePath:instancePath+"/rate_limits/requests_per_minute",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/rate_limits/properties/requests_per_minute/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data7 < 1 || isNaN(data7)){
validate27.errors = [{instancePath:instancePath+"/rate_limits/requests_per_minute",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/rate_limits/properties/requests_per_minute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.tokens_per_minute !== undefined){
let data8 = data6.tokens_per_minute;
const _errs18 = errors;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (data8 !== null)){
validate27.errors = [{instancePath:instancePath+"/rate_limits/tokens_per_minute",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/rate_limits/properties/tokens_per_minute/type",keyword:"type",params:{type: schema42.properties.rate_limits.properties.tokens_per_minute.type}}];
return false;
}
if(errors === _errs18){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 9007199254740991 || isNaN(data8)){
validate27.errors = [{instancePath:instancePath+"/rate_limits/tokens_per_minute",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/rate_limits/properties/tokens_per_minute/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data8 < 1 || isNaN(data8)){
validate27.errors = [{instancePath:instancePath+"/rate_limits/tokens_per_minute",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/properties/rate_limits/properties/tokens_per_minute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
}
}
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateKeyRequest/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"name":true,"expires_at":true,"allowed_models":true,"spend_limit":true,"spend_period":true,"rate_limits":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateRotateKeyBody = validate28;
const schema43 = {"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/RotateKeyRequest","$id":"https://schemas.nexusflow.invalid/admin/operations/rotateKey/body"};
const schema44 = {"type":"object","properties":{"grace_period_seconds":{"type":"integer","minimum":0,"maximum":2592000}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/admin/operations/rotateKey/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.grace_period_seconds !== undefined){
let data0 = data.grace_period_seconds;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate28.errors = [{instancePath:instancePath+"/grace_period_seconds",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/RotateKeyRequest/properties/grace_period_seconds/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 2592000 || isNaN(data0)){
validate28.errors = [{instancePath:instancePath+"/grace_period_seconds",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/RotateKeyRequest/properties/grace_period_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2592000}}];
return false;
}
else {
if(data0 < 0 || isNaN(data0)){
validate28.errors = [{instancePath:instancePath+"/grace_period_seconds",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/RotateKeyRequest/properties/grace_period_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/RotateKeyRequest/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"grace_period_seconds":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateCreateChannelBody = validate29;
const schema45 = {"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest","$id":"https://schemas.nexusflow.invalid/admin/operations/createChannel/body"};
const schema46 = {"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"},"name":{"type":"string","minLength":1,"maxLength":200},"provider":{"type":"string","enum":["simulator","openai-compatible","openai-responses","anthropic","gemini","dashscope"]},"base_url":{"type":"string","format":"uri"},"credential":{"type":"string","minLength":1,"maxLength":4096},"credential_env":{"type":"string","pattern":"^[A-Z_][A-Z0-9_]*$"},"weight":{"type":"number","minimum":0},"priority":{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},"status":{"type":"string","enum":["enabled","disabled"]},"quirks":{"type":"object","additionalProperties":{}},"options":{"type":"object","additionalProperties":{}}},"required":["id","provider"]};
const pattern10 = new RegExp("^[A-Z_][A-Z0-9_]*$", "u");
const formats4 = __ajvRuntime1.fullFormats.uri;

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/admin/operations/createChannel/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.provider === undefined) && (missing0 = "provider"))){
validate29.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate29.errors = [{instancePath:instancePath+"/id",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,64}$"}}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/id",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.name !== undefined){
let data1 = data.name;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) > 200){
validate29.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data1) < 1){
validate29.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.provider !== undefined){
let data2 = data.provider;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate29.errors = [{instancePath:instancePath+"/provider",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/provider/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((data2 === "simulator") || (data2 === "openai-compatible")) || (data2 === "openai-responses")) || (data2 === "anthropic")) || (data2 === "gemini")) || (data2 === "dashscope"))){
validate29.errors = [{instancePath:instancePath+"/provider",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/provider/enum",keyword:"enum",params:{allowedValues: schema46.properties.provider.enum}}];
return false;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.base_url !== undefined){
let data3 = data.base_url;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats4(data3))){
validate29.errors = [{instancePath:instancePath+"/base_url",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/base_url/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/base_url",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/base_url/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.credential !== undefined){
let data4 = data.credential;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func1(data4) > 4096){
validate29.errors = [{instancePath:instancePath+"/credential",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/credential/maxLength",keyword:"maxLength",params:{limit: 4096}}];
return false;
}
else {
if(func1(data4) < 1){
validate29.errors = [{instancePath:instancePath+"/credential",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/credential/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/credential",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/credential/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.credential_env !== undefined){
let data5 = data.credential_env;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(!pattern10.test(data5)){
validate29.errors = [{instancePath:instancePath+"/credential_env",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/credential_env/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"}}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/credential_env",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/credential_env/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.weight !== undefined){
let data6 = data.weight;
const _errs14 = errors;
if(errors === _errs14){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate29.errors = [{instancePath:instancePath+"/weight",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/weight",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/weight/type",keyword:"type",params:{type: "number"}}];
return false;
}
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.priority !== undefined){
let data7 = data.priority;
const _errs16 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate29.errors = [{instancePath:instancePath+"/priority",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/priority/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs16){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 9007199254740991 || isNaN(data7)){
validate29.errors = [{instancePath:instancePath+"/priority",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data7 < -9007199254740991 || isNaN(data7)){
validate29.errors = [{instancePath:instancePath+"/priority",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991}}];
return false;
}
}
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.status !== undefined){
let data8 = data.status;
const _errs18 = errors;
if(typeof data8 !== "string"){
validate29.errors = [{instancePath:instancePath+"/status",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/status/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data8 === "enabled") || (data8 === "disabled"))){
validate29.errors = [{instancePath:instancePath+"/status",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/status/enum",keyword:"enum",params:{allowedValues: schema46.properties.status.enum}}];
return false;
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.quirks !== undefined){
let data9 = data.quirks;
const _errs20 = errors;
if(errors === _errs20){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
}
else {
validate29.errors = [{instancePath:instancePath+"/quirks",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/quirks/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs20 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.options !== undefined){
let data10 = data.options;
const _errs23 = errors;
if(errors === _errs23){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
}
else {
validate29.errors = [{instancePath:instancePath+"/options",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/properties/options/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs23 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateChannelRequest/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"id":true,"name":true,"provider":true,"base_url":true,"credential":true,"credential_env":true,"weight":true,"priority":true,"status":true,"quirks":true,"options":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateUpdateChannelBody = validate30;
const schema47 = {"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest","$id":"https://schemas.nexusflow.invalid/admin/operations/updateChannel/body"};
const schema48 = {"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":200},"base_url":{"type":["string","null"],"format":"uri"},"credential":{"type":["string","null"],"minLength":1,"maxLength":4096},"credential_env":{"type":["string","null"],"pattern":"^[A-Z_][A-Z0-9_]*$"},"weight":{"type":"number","minimum":0},"priority":{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},"status":{"type":"string","enum":["enabled","disabled"]},"quirks":{"type":["object","null"],"additionalProperties":{}},"options":{"type":["object","null"],"additionalProperties":{}}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/admin/operations/updateChannel/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 200){
validate30.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data0) < 1){
validate30.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.base_url !== undefined){
let data1 = data.base_url;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate30.errors = [{instancePath:instancePath+"/base_url",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/base_url/type",keyword:"type",params:{type: schema48.properties.base_url.type}}];
return false;
}
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats4(data1))){
validate30.errors = [{instancePath:instancePath+"/base_url",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/base_url/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.credential !== undefined){
let data2 = data.credential;
const _errs6 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate30.errors = [{instancePath:instancePath+"/credential",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/credential/type",keyword:"type",params:{type: schema48.properties.credential.type}}];
return false;
}
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) > 4096){
validate30.errors = [{instancePath:instancePath+"/credential",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/credential/maxLength",keyword:"maxLength",params:{limit: 4096}}];
return false;
}
else {
if(func1(data2) < 1){
validate30.errors = [{instancePath:instancePath+"/credential",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/credential/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.credential_env !== undefined){
let data3 = data.credential_env;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate30.errors = [{instancePath:instancePath+"/credential_env",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/credential_env/type",keyword:"type",params:{type: schema48.properties.credential_env.type}}];
return false;
}
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern10.test(data3)){
validate30.errors = [{instancePath:instancePath+"/credential_env",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/credential_env/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"}}];
return false;
}
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.weight !== undefined){
let data4 = data.weight;
const _errs10 = errors;
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate30.errors = [{instancePath:instancePath+"/weight",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/weight",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/weight/type",keyword:"type",params:{type: "number"}}];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.priority !== undefined){
let data5 = data.priority;
const _errs12 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate30.errors = [{instancePath:instancePath+"/priority",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/priority/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs12){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
validate30.errors = [{instancePath:instancePath+"/priority",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data5 < -9007199254740991 || isNaN(data5)){
validate30.errors = [{instancePath:instancePath+"/priority",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991}}];
return false;
}
}
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.status !== undefined){
let data6 = data.status;
const _errs14 = errors;
if(typeof data6 !== "string"){
validate30.errors = [{instancePath:instancePath+"/status",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/status/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data6 === "enabled") || (data6 === "disabled"))){
validate30.errors = [{instancePath:instancePath+"/status",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/status/enum",keyword:"enum",params:{allowedValues: schema48.properties.status.enum}}];
return false;
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.quirks !== undefined){
let data7 = data.quirks;
const _errs16 = errors;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
validate30.errors = [{instancePath:instancePath+"/quirks",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/quirks/type",keyword:"type",params:{type: schema48.properties.quirks.type}}];
return false;
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.options !== undefined){
let data8 = data.options;
const _errs19 = errors;
if((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (data8 !== null)){
validate30.errors = [{instancePath:instancePath+"/options",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/properties/options/type",keyword:"type",params:{type: schema48.properties.options.type}}];
return false;
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateChannelRequest/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"name":true,"base_url":true,"credential":true,"credential_env":true,"weight":true,"priority":true,"status":true,"quirks":true,"options":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateTestChannelBody = validate31;
const schema49 = {"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelTestRequest","$id":"https://schemas.nexusflow.invalid/admin/operations/testChannel/body"};
const schema50 = {"type":"object","properties":{"model":{"type":"string","minLength":1,"maxLength":128}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/admin/operations/testChannel/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.model !== undefined){
let data0 = data.model;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 128){
validate31.errors = [{instancePath:instancePath+"/model",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelTestRequest/properties/model/maxLength",keyword:"maxLength",params:{limit: 128}}];
return false;
}
else {
if(func1(data0) < 1){
validate31.errors = [{instancePath:instancePath+"/model",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelTestRequest/properties/model/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/model",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelTestRequest/properties/model/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelTestRequest/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"model":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateCreateModelBody = validate32;
const schema51 = {"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/CreateModelRequest","$id":"https://schemas.nexusflow.invalid/admin/operations/createModel/body"};
const schema52 = {"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9._:/-]{1,128}$"},"display_name":{"type":"string","minLength":1,"maxLength":200},"kind":{"type":"string","enum":["chat","embedding","image","video"]},"owned_by":{"type":"string","minLength":1,"maxLength":100},"supported_protocols":{"type":"array","items":{"type":"string","enum":["openai:chat-completions","openai:responses","openai:embeddings","openai:image-generations","anthropic:messages","gemini:generate-content","gemini:embed-content","nexusflow:tasks"]},"minItems":1},"capabilities":{"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/Capabilities"},"context_window":{"type":"integer","minimum":1,"maximum":9007199254740991},"max_output_tokens":{"type":"integer","minimum":1,"maximum":9007199254740991},"dimensions":{"type":"integer","minimum":1,"maximum":9007199254740991},"pricing":{"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing"},"channels":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding"},"minItems":1},"fallbacks":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9._:/-]{1,128}$"}},"aliases":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":100}},"required":["id","supported_protocols","channels"]};
const schema53 = {"type":"object","properties":{"tools":{"type":"boolean"},"vision":{"type":"boolean"},"thinking":{"type":"boolean"},"json_output":{"type":"boolean"}}};
const schema54 = {"type":"object","properties":{"input_per_million":{"type":"integer","minimum":0,"maximum":9007199254740991},"cached_input_per_million":{"type":"integer","minimum":0,"maximum":9007199254740991},"cache_write_per_million":{"type":"integer","minimum":0,"maximum":9007199254740991},"output_per_million":{"type":"integer","minimum":0,"maximum":9007199254740991},"reasoning_per_million":{"type":"integer","minimum":0,"maximum":9007199254740991},"per_image":{"type":"object","additionalProperties":{"type":"integer","minimum":0,"maximum":9007199254740991}},"per_video_second":{"type":"integer","minimum":0,"maximum":9007199254740991},"embedding_per_million":{"type":"integer","minimum":0,"maximum":9007199254740991}}};
const schema55 = {"type":"object","properties":{"channel":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"},"upstream_model":{"type":"string","minLength":1,"maxLength":200}},"required":["channel"]};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.id === undefined) && (missing0 = "id")) || ((data.supported_protocols === undefined) && (missing0 = "supported_protocols"))) || ((data.channels === undefined) && (missing0 = "channels"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:/-]{1,128}$"}}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.display_name !== undefined){
let data1 = data.display_name;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func1(data1) > 200){
validate33.errors = [{instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data1) < 1){
validate33.errors = [{instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
let data2 = data.kind;
const _errs5 = errors;
if(typeof data2 !== "string"){
validate33.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((data2 === "chat") || (data2 === "embedding")) || (data2 === "image")) || (data2 === "video"))){
validate33.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema52.properties.kind.enum}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.owned_by !== undefined){
let data3 = data.owned_by;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func1(data3) > 100){
validate33.errors = [{instancePath:instancePath+"/owned_by",schemaPath:"#/properties/owned_by/maxLength",keyword:"maxLength",params:{limit: 100}}];
return false;
}
else {
if(func1(data3) < 1){
validate33.errors = [{instancePath:instancePath+"/owned_by",schemaPath:"#/properties/owned_by/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/owned_by",schemaPath:"#/properties/owned_by/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.supported_protocols !== undefined){
let data4 = data.supported_protocols;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
if(data4.length < 1){
validate33.errors = [{instancePath:instancePath+"/supported_protocols",schemaPath:"#/properties/supported_protocols/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs11 = errors;
if(typeof data5 !== "string"){
validate33.errors = [{instancePath:instancePath+"/supported_protocols/" + i0,schemaPath:"#/properties/supported_protocols/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((((data5 === "openai:chat-completions") || (data5 === "openai:responses")) || (data5 === "openai:embeddings")) || (data5 === "openai:image-generations")) || (data5 === "anthropic:messages")) || (data5 === "gemini:generate-content")) || (data5 === "gemini:embed-content")) || (data5 === "nexusflow:tasks"))){
validate33.errors = [{instancePath:instancePath+"/supported_protocols/" + i0,schemaPath:"#/properties/supported_protocols/items/enum",keyword:"enum",params:{allowedValues: schema52.properties.supported_protocols.items.enum}}];
return false;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/supported_protocols",schemaPath:"#/properties/supported_protocols/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.capabilities !== undefined){
let data6 = data.capabilities;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.tools !== undefined){
const _errs16 = errors;
if(typeof data6.tools !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/capabilities/tools",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Capabilities/properties/tools/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.vision !== undefined){
const _errs18 = errors;
if(typeof data6.vision !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/capabilities/vision",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Capabilities/properties/vision/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.thinking !== undefined){
const _errs20 = errors;
if(typeof data6.thinking !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/capabilities/thinking",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Capabilities/properties/thinking/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.json_output !== undefined){
const _errs22 = errors;
if(typeof data6.json_output !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/capabilities/json_output",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Capabilities/properties/json_output/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/capabilities",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Capabilities/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context_window !== undefined){
let data11 = data.context_window;
const _errs24 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate33.errors = [{instancePath:instancePath+"/context_window",schemaPath:"#/properties/context_window/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs24){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 9007199254740991 || isNaN(data11)){
validate33.errors = [{instancePath:instancePath+"/context_window",schemaPath:"#/properties/context_window/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data11 < 1 || isNaN(data11)){
validate33.errors = [{instancePath:instancePath+"/context_window",schemaPath:"#/properties/context_window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max_output_tokens !== undefined){
let data12 = data.max_output_tokens;
const _errs26 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate33.errors = [{instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs26){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 9007199254740991 || isNaN(data12)){
validate33.errors = [{instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data12 < 1 || isNaN(data12)){
validate33.errors = [{instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dimensions !== undefined){
let data13 = data.dimensions;
const _errs28 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate33.errors = [{instancePath:instancePath+"/dimensions",schemaPath:"#/properties/dimensions/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs28){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 9007199254740991 || isNaN(data13)){
validate33.errors = [{instancePath:instancePath+"/dimensions",schemaPath:"#/properties/dimensions/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data13 < 1 || isNaN(data13)){
validate33.errors = [{instancePath:instancePath+"/dimensions",schemaPath:"#/properties/dimensions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pricing !== undefined){
let data14 = data.pricing;
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.input_per_million !== undefined){
let data15 = data14.input_per_million;
const _errs33 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate33.errors = [{instancePath:instancePath+"/pricing/input_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/input_per_million/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs33){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 9007199254740991 || isNaN(data15)){
validate33.errors = [{instancePath:instancePath+"/pricing/input_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/input_per_million/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data15 < 0 || isNaN(data15)){
validate33.errors = [{instancePath:instancePath+"/pricing/input_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/input_per_million/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid5 = _errs33 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data14.cached_input_per_million !== undefined){
let data16 = data14.cached_input_per_million;
const _errs35 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate33.errors = [{instancePath:instancePath+"/pricing/cached_input_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/cached_input_per_million/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs35){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 9007199254740991 || isNaN(data16)){
validate33.errors = [{instancePath:instancePath+"/pricing/cached_input_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/cached_input_per_million/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data16 < 0 || isNaN(data16)){
validate33.errors = [{instancePath:instancePath+"/pricing/cached_input_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/cached_input_per_million/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid5 = _errs35 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data14.cache_write_per_million !== undefined){
let data17 = data14.cache_write_per_million;
const _errs37 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate33.errors = [{instancePath:instancePath+"/pricing/cache_write_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/cache_write_per_million/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs37){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 9007199254740991 || isNaN(data17)){
validate33.errors = [{instancePath:instancePath+"/pricing/cache_write_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/cache_write_per_million/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data17 < 0 || isNaN(data17)){
validate33.errors = [{instancePath:instancePath+"/pricing/cache_write_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/cache_write_per_million/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid5 = _errs37 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data14.output_per_million !== undefined){
let data18 = data14.output_per_million;
const _errs39 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate33.errors = [{instancePath:instancePath+"/pricing/output_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/output_per_million/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs39){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 9007199254740991 || isNaN(data18)){
validate33.errors = [{instancePath:instancePath+"/pricing/output_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/output_per_million/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data18 < 0 || isNaN(data18)){
validate33.errors = [{instancePath:instancePath+"/pricing/output_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/output_per_million/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid5 = _errs39 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data14.reasoning_per_million !== undefined){
let data19 = data14.reasoning_per_million;
const _errs41 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
validate33.errors = [{instancePath:instancePath+"/pricing/reasoning_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/reasoning_per_million/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs41){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 9007199254740991 || isNaN(data19)){
validate33.errors = [{instancePath:instancePath+"/pricing/reasoning_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/reasoning_per_million/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data19 < 0 || isNaN(data19)){
validate33.errors = [{instancePath:instancePath+"/pricing/reasoning_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/reasoning_per_million/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid5 = _errs41 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data14.per_image !== undefined){
let data20 = data14.per_image;
const _errs43 = errors;
if(errors === _errs43){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key0 in data20){
let data21 = data20[key0];
const _errs46 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate33.errors = [{instancePath:instancePath+"/pricing/per_image/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_image/additionalProperties/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs46){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 9007199254740991 || isNaN(data21)){
validate33.errors = [{instancePath:instancePath+"/pricing/per_image/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_image/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data21 < 0 || isNaN(data21)){
validate33.errors = [{instancePath:instancePath+"/pricing/per_image/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_image/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid6 = _errs46 === errors;
if(!valid6){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/pricing/per_image",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_image/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid5 = _errs43 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data14.per_video_second !== undefined){
let data22 = data14.per_video_second;
const _errs48 = errors;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
validate33.errors = [{instancePath:instancePath+"/pricing/per_video_second",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_video_second/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs48){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 9007199254740991 || isNaN(data22)){
validate33.errors = [{instancePath:instancePath+"/pricing/per_video_second",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_video_second/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data22 < 0 || isNaN(data22)){
validate33.errors = [{instancePath:instancePath+"/pricing/per_video_second",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_video_second/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid5 = _errs48 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data14.embedding_per_million !== undefined){
let data23 = data14.embedding_per_million;
const _errs50 = errors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
validate33.errors = [{instancePath:instancePath+"/pricing/embedding_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/embedding_per_million/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs50){
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 9007199254740991 || isNaN(data23)){
validate33.errors = [{instancePath:instancePath+"/pricing/embedding_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/embedding_per_million/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data23 < 0 || isNaN(data23)){
validate33.errors = [{instancePath:instancePath+"/pricing/embedding_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/embedding_per_million/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid5 = _errs50 === errors;
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
}
}
else {
validate33.errors = [{instancePath:instancePath+"/pricing",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channels !== undefined){
let data24 = data.channels;
const _errs52 = errors;
if(errors === _errs52){
if(Array.isArray(data24)){
if(data24.length < 1){
validate33.errors = [{instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid7 = true;
const len1 = data24.length;
for(let i1=0; i1<len1; i1++){
let data25 = data24[i1];
const _errs54 = errors;
const _errs55 = errors;
if(errors === _errs55){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing1;
if((data25.channel === undefined) && (missing1 = "channel")){
validate33.errors = [{instancePath:instancePath+"/channels/" + i1,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data25.channel !== undefined){
let data26 = data25.channel;
const _errs57 = errors;
if(errors === _errs57){
if(typeof data26 === "string"){
if(!pattern4.test(data26)){
validate33.errors = [{instancePath:instancePath+"/channels/" + i1+"/channel",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/properties/channel/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,64}$"}}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/channels/" + i1+"/channel",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/properties/channel/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid9 = _errs57 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data25.upstream_model !== undefined){
let data27 = data25.upstream_model;
const _errs59 = errors;
if(errors === _errs59){
if(typeof data27 === "string"){
if(func1(data27) > 200){
validate33.errors = [{instancePath:instancePath+"/channels/" + i1+"/upstream_model",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/properties/upstream_model/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data27) < 1){
validate33.errors = [{instancePath:instancePath+"/channels/" + i1+"/upstream_model",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/properties/upstream_model/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/channels/" + i1+"/upstream_model",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/properties/upstream_model/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid9 = _errs59 === errors;
}
else {
var valid9 = true;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/channels/" + i1,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid7 = _errs54 === errors;
if(!valid7){
break;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fallbacks !== undefined){
let data28 = data.fallbacks;
const _errs61 = errors;
if(errors === _errs61){
if(Array.isArray(data28)){
var valid10 = true;
const len2 = data28.length;
for(let i2=0; i2<len2; i2++){
let data29 = data28[i2];
const _errs63 = errors;
if(errors === _errs63){
if(typeof data29 === "string"){
if(!pattern7.test(data29)){
validate33.errors = [{instancePath:instancePath+"/fallbacks/" + i2,schemaPath:"#/properties/fallbacks/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:/-]{1,128}$"}}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/fallbacks/" + i2,schemaPath:"#/properties/fallbacks/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid10 = _errs63 === errors;
if(!valid10){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/fallbacks",schemaPath:"#/properties/fallbacks/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs61 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aliases !== undefined){
let data30 = data.aliases;
const _errs65 = errors;
if(errors === _errs65){
if(Array.isArray(data30)){
if(data30.length > 100){
validate33.errors = [{instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/maxItems",keyword:"maxItems",params:{limit: 100}}];
return false;
}
else {
var valid11 = true;
const len3 = data30.length;
for(let i3=0; i3<len3; i3++){
let data31 = data30[i3];
const _errs67 = errors;
if(errors === _errs67){
if(typeof data31 === "string"){
if(func1(data31) > 200){
validate33.errors = [{instancePath:instancePath+"/aliases/" + i3,schemaPath:"#/properties/aliases/items/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data31) < 1){
validate33.errors = [{instancePath:instancePath+"/aliases/" + i3,schemaPath:"#/properties/aliases/items/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/aliases/" + i3,schemaPath:"#/properties/aliases/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid11 = _errs67 === errors;
if(!valid11){
break;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs65 === errors;
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
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"id":true,"display_name":true,"kind":true,"owned_by":true,"supported_protocols":true,"capabilities":true,"context_window":true,"max_output_tokens":true,"dimensions":true,"pricing":true,"channels":true,"fallbacks":true,"aliases":true},"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/admin/operations/createModel/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"id":true,"display_name":true,"kind":true,"owned_by":true,"supported_protocols":true,"capabilities":true,"context_window":true,"max_output_tokens":true,"dimensions":true,"pricing":true,"channels":true,"fallbacks":true,"aliases":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateUpdateModelBody = validate35;
const schema56 = {"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/UpdateModelRequest","$id":"https://schemas.nexusflow.invalid/admin/operations/updateModel/body"};
const schema57 = {"type":"object","properties":{"display_name":{"type":"string","minLength":1,"maxLength":200},"kind":{"type":"string","enum":["chat","embedding","image","video"]},"owned_by":{"type":"string","minLength":1,"maxLength":100},"supported_protocols":{"type":"array","items":{"type":"string","enum":["openai:chat-completions","openai:responses","openai:embeddings","openai:image-generations","anthropic:messages","gemini:generate-content","gemini:embed-content","nexusflow:tasks"]},"minItems":1},"capabilities":{"allOf":[{"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/Capabilities"},{}]},"context_window":{"type":["integer","null"],"minimum":1,"maximum":9007199254740991},"max_output_tokens":{"type":["integer","null"],"minimum":1,"maximum":9007199254740991},"dimensions":{"type":["integer","null"],"minimum":1,"maximum":9007199254740991},"pricing":{"allOf":[{"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing"},{}]},"channels":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding"},"minItems":1},"fallbacks":{"type":["array","null"],"items":{"type":"string","pattern":"^[A-Za-z0-9._:/-]{1,128}$"}},"aliases":{"type":["array","null"],"items":{"type":"string","minLength":1,"maxLength":200},"maxItems":100}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.display_name !== undefined){
let data0 = data.display_name;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(func1(data0) > 200){
validate36.errors = [{instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data0) < 1){
validate36.errors = [{instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"}}];
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
validate36.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((data1 === "chat") || (data1 === "embedding")) || (data1 === "image")) || (data1 === "video"))){
validate36.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema57.properties.kind.enum}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.owned_by !== undefined){
let data2 = data.owned_by;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func1(data2) > 100){
validate36.errors = [{instancePath:instancePath+"/owned_by",schemaPath:"#/properties/owned_by/maxLength",keyword:"maxLength",params:{limit: 100}}];
return false;
}
else {
if(func1(data2) < 1){
validate36.errors = [{instancePath:instancePath+"/owned_by",schemaPath:"#/properties/owned_by/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/owned_by",schemaPath:"#/properties/owned_by/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.supported_protocols !== undefined){
let data3 = data.supported_protocols;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
if(data3.length < 1){
validate36.errors = [{instancePath:instancePath+"/supported_protocols",schemaPath:"#/properties/supported_protocols/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs9 = errors;
if(typeof data4 !== "string"){
validate36.errors = [{instancePath:instancePath+"/supported_protocols/" + i0,schemaPath:"#/properties/supported_protocols/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((((data4 === "openai:chat-completions") || (data4 === "openai:responses")) || (data4 === "openai:embeddings")) || (data4 === "openai:image-generations")) || (data4 === "anthropic:messages")) || (data4 === "gemini:generate-content")) || (data4 === "gemini:embed-content")) || (data4 === "nexusflow:tasks"))){
validate36.errors = [{instancePath:instancePath+"/supported_protocols/" + i0,schemaPath:"#/properties/supported_protocols/items/enum",keyword:"enum",params:{allowedValues: schema57.properties.supported_protocols.items.enum}}];
return false;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/supported_protocols",schemaPath:"#/properties/supported_protocols/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.capabilities !== undefined){
let data5 = data.capabilities;
const _errs11 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.tools !== undefined){
const _errs15 = errors;
if(typeof data5.tools !== "boolean"){
validate36.errors = [{instancePath:instancePath+"/capabilities/tools",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Capabilities/properties/tools/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.vision !== undefined){
const _errs17 = errors;
if(typeof data5.vision !== "boolean"){
validate36.errors = [{instancePath:instancePath+"/capabilities/vision",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Capabilities/properties/vision/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.thinking !== undefined){
const _errs19 = errors;
if(typeof data5.thinking !== "boolean"){
validate36.errors = [{instancePath:instancePath+"/capabilities/thinking",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Capabilities/properties/thinking/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.json_output !== undefined){
const _errs21 = errors;
if(typeof data5.json_output !== "boolean"){
validate36.errors = [{instancePath:instancePath+"/capabilities/json_output",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Capabilities/properties/json_output/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/capabilities",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Capabilities/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context_window !== undefined){
let data10 = data.context_window;
const _errs23 = errors;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
validate36.errors = [{instancePath:instancePath+"/context_window",schemaPath:"#/properties/context_window/type",keyword:"type",params:{type: schema57.properties.context_window.type}}];
return false;
}
if(errors === _errs23){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9007199254740991 || isNaN(data10)){
validate36.errors = [{instancePath:instancePath+"/context_window",schemaPath:"#/properties/context_window/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data10 < 1 || isNaN(data10)){
validate36.errors = [{instancePath:instancePath+"/context_window",schemaPath:"#/properties/context_window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max_output_tokens !== undefined){
let data11 = data.max_output_tokens;
const _errs25 = errors;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
validate36.errors = [{instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/type",keyword:"type",params:{type: schema57.properties.max_output_tokens.type}}];
return false;
}
if(errors === _errs25){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 9007199254740991 || isNaN(data11)){
validate36.errors = [{instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data11 < 1 || isNaN(data11)){
validate36.errors = [{instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dimensions !== undefined){
let data12 = data.dimensions;
const _errs27 = errors;
if((!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) && (data12 !== null)){
validate36.errors = [{instancePath:instancePath+"/dimensions",schemaPath:"#/properties/dimensions/type",keyword:"type",params:{type: schema57.properties.dimensions.type}}];
return false;
}
if(errors === _errs27){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 9007199254740991 || isNaN(data12)){
validate36.errors = [{instancePath:instancePath+"/dimensions",schemaPath:"#/properties/dimensions/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data12 < 1 || isNaN(data12)){
validate36.errors = [{instancePath:instancePath+"/dimensions",schemaPath:"#/properties/dimensions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pricing !== undefined){
let data13 = data.pricing;
const _errs29 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.input_per_million !== undefined){
let data14 = data13.input_per_million;
const _errs33 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate36.errors = [{instancePath:instancePath+"/pricing/input_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/input_per_million/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs33){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 9007199254740991 || isNaN(data14)){
validate36.errors = [{instancePath:instancePath+"/pricing/input_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/input_per_million/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data14 < 0 || isNaN(data14)){
validate36.errors = [{instancePath:instancePath+"/pricing/input_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/input_per_million/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid7 = _errs33 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data13.cached_input_per_million !== undefined){
let data15 = data13.cached_input_per_million;
const _errs35 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate36.errors = [{instancePath:instancePath+"/pricing/cached_input_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/cached_input_per_million/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs35){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 9007199254740991 || isNaN(data15)){
validate36.errors = [{instancePath:instancePath+"/pricing/cached_input_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/cached_input_per_million/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data15 < 0 || isNaN(data15)){
validate36.errors = [{instancePath:instancePath+"/pricing/cached_input_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/cached_input_per_million/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid7 = _errs35 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data13.cache_write_per_million !== undefined){
let data16 = data13.cache_write_per_million;
const _errs37 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate36.errors = [{instancePath:instancePath+"/pricing/cache_write_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/cache_write_per_million/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs37){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 9007199254740991 || isNaN(data16)){
validate36.errors = [{instancePath:instancePath+"/pricing/cache_write_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/cache_write_per_million/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data16 < 0 || isNaN(data16)){
validate36.errors = [{instancePath:instancePath+"/pricing/cache_write_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/cache_write_per_million/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid7 = _errs37 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data13.output_per_million !== undefined){
let data17 = data13.output_per_million;
const _errs39 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate36.errors = [{instancePath:instancePath+"/pricing/output_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/output_per_million/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs39){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 9007199254740991 || isNaN(data17)){
validate36.errors = [{instancePath:instancePath+"/pricing/output_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/output_per_million/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data17 < 0 || isNaN(data17)){
validate36.errors = [{instancePath:instancePath+"/pricing/output_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/output_per_million/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid7 = _errs39 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data13.reasoning_per_million !== undefined){
let data18 = data13.reasoning_per_million;
const _errs41 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate36.errors = [{instancePath:instancePath+"/pricing/reasoning_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/reasoning_per_million/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs41){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 9007199254740991 || isNaN(data18)){
validate36.errors = [{instancePath:instancePath+"/pricing/reasoning_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/reasoning_per_million/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data18 < 0 || isNaN(data18)){
validate36.errors = [{instancePath:instancePath+"/pricing/reasoning_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/reasoning_per_million/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid7 = _errs41 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data13.per_image !== undefined){
let data19 = data13.per_image;
const _errs43 = errors;
if(errors === _errs43){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key0 in data19){
let data20 = data19[key0];
const _errs46 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
validate36.errors = [{instancePath:instancePath+"/pricing/per_image/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_image/additionalProperties/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs46){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 9007199254740991 || isNaN(data20)){
validate36.errors = [{instancePath:instancePath+"/pricing/per_image/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_image/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data20 < 0 || isNaN(data20)){
validate36.errors = [{instancePath:instancePath+"/pricing/per_image/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_image/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid8 = _errs46 === errors;
if(!valid8){
break;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/pricing/per_image",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_image/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid7 = _errs43 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data13.per_video_second !== undefined){
let data21 = data13.per_video_second;
const _errs48 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate36.errors = [{instancePath:instancePath+"/pricing/per_video_second",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_video_second/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs48){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 9007199254740991 || isNaN(data21)){
validate36.errors = [{instancePath:instancePath+"/pricing/per_video_second",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_video_second/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data21 < 0 || isNaN(data21)){
validate36.errors = [{instancePath:instancePath+"/pricing/per_video_second",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/per_video_second/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid7 = _errs48 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data13.embedding_per_million !== undefined){
let data22 = data13.embedding_per_million;
const _errs50 = errors;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
validate36.errors = [{instancePath:instancePath+"/pricing/embedding_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/embedding_per_million/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs50){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 9007199254740991 || isNaN(data22)){
validate36.errors = [{instancePath:instancePath+"/pricing/embedding_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/embedding_per_million/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data22 < 0 || isNaN(data22)){
validate36.errors = [{instancePath:instancePath+"/pricing/embedding_per_million",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/properties/embedding_per_million/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid7 = _errs50 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/pricing",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/Pricing/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channels !== undefined){
let data23 = data.channels;
const _errs52 = errors;
if(errors === _errs52){
if(Array.isArray(data23)){
if(data23.length < 1){
validate36.errors = [{instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid9 = true;
const len1 = data23.length;
for(let i1=0; i1<len1; i1++){
let data24 = data23[i1];
const _errs54 = errors;
const _errs55 = errors;
if(errors === _errs55){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing0;
if((data24.channel === undefined) && (missing0 = "channel")){
validate36.errors = [{instancePath:instancePath+"/channels/" + i1,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data24.channel !== undefined){
let data25 = data24.channel;
const _errs57 = errors;
if(errors === _errs57){
if(typeof data25 === "string"){
if(!pattern4.test(data25)){
validate36.errors = [{instancePath:instancePath+"/channels/" + i1+"/channel",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/properties/channel/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,64}$"}}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/channels/" + i1+"/channel",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/properties/channel/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid11 = _errs57 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data24.upstream_model !== undefined){
let data26 = data24.upstream_model;
const _errs59 = errors;
if(errors === _errs59){
if(typeof data26 === "string"){
if(func1(data26) > 200){
validate36.errors = [{instancePath:instancePath+"/channels/" + i1+"/upstream_model",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/properties/upstream_model/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data26) < 1){
validate36.errors = [{instancePath:instancePath+"/channels/" + i1+"/upstream_model",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/properties/upstream_model/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/channels/" + i1+"/upstream_model",schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/properties/upstream_model/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid11 = _errs59 === errors;
}
else {
var valid11 = true;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/channels/" + i1,schemaPath:"https://schemas.nexusflow.invalid/admin.json#/$defs/ChannelBinding/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid9 = _errs54 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fallbacks !== undefined){
let data27 = data.fallbacks;
const _errs61 = errors;
if((!(Array.isArray(data27))) && (data27 !== null)){
validate36.errors = [{instancePath:instancePath+"/fallbacks",schemaPath:"#/properties/fallbacks/type",keyword:"type",params:{type: schema57.properties.fallbacks.type}}];
return false;
}
if(errors === _errs61){
if(Array.isArray(data27)){
var valid12 = true;
const len2 = data27.length;
for(let i2=0; i2<len2; i2++){
let data28 = data27[i2];
const _errs63 = errors;
if(errors === _errs63){
if(typeof data28 === "string"){
if(!pattern7.test(data28)){
validate36.errors = [{instancePath:instancePath+"/fallbacks/" + i2,schemaPath:"#/properties/fallbacks/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:/-]{1,128}$"}}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/fallbacks/" + i2,schemaPath:"#/properties/fallbacks/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid12 = _errs63 === errors;
if(!valid12){
break;
}
}
}
}
var valid0 = _errs61 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aliases !== undefined){
let data29 = data.aliases;
const _errs65 = errors;
if((!(Array.isArray(data29))) && (data29 !== null)){
validate36.errors = [{instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: schema57.properties.aliases.type}}];
return false;
}
if(errors === _errs65){
if(Array.isArray(data29)){
if(data29.length > 100){
validate36.errors = [{instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/maxItems",keyword:"maxItems",params:{limit: 100}}];
return false;
}
else {
var valid13 = true;
const len3 = data29.length;
for(let i3=0; i3<len3; i3++){
let data30 = data29[i3];
const _errs67 = errors;
if(errors === _errs67){
if(typeof data30 === "string"){
if(func1(data30) > 200){
validate36.errors = [{instancePath:instancePath+"/aliases/" + i3,schemaPath:"#/properties/aliases/items/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(func1(data30) < 1){
validate36.errors = [{instancePath:instancePath+"/aliases/" + i3,schemaPath:"#/properties/aliases/items/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/aliases/" + i3,schemaPath:"#/properties/aliases/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid13 = _errs67 === errors;
if(!valid13){
break;
}
}
}
}
}
var valid0 = _errs65 === errors;
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
}
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"display_name":true,"kind":true,"owned_by":true,"supported_protocols":true,"capabilities":true,"context_window":true,"max_output_tokens":true,"dimensions":true,"pricing":true,"channels":true,"fallbacks":true,"aliases":true},"dynamicProps":false,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/admin/operations/updateModel/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"display_name":true,"kind":true,"owned_by":true,"supported_protocols":true,"capabilities":true,"context_window":true,"max_output_tokens":true,"dimensions":true,"pricing":true,"channels":true,"fallbacks":true,"aliases":true},"dynamicProps":false,"dynamicItems":false};

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

export const validateCreateAccountBody = wrapValidator(raw_validateCreateAccountBody);
export const validateCreateChannelBody = wrapValidator(raw_validateCreateChannelBody);
export const validateCreateKeyBody = wrapValidator(raw_validateCreateKeyBody);
export const validateCreateModelBody = wrapValidator(raw_validateCreateModelBody);
export const validateDeleteModelParams = wrapValidator(raw_validateDeleteModelParams);
export const validateDisableChannelParams = wrapValidator(raw_validateDisableChannelParams);
export const validateGetAccountParams = wrapValidator(raw_validateGetAccountParams);
export const validateGetChannelParams = wrapValidator(raw_validateGetChannelParams);
export const validateGetKeyParams = wrapValidator(raw_validateGetKeyParams);
export const validateGetModelParams = wrapValidator(raw_validateGetModelParams);
export const validateGetUsageSeriesQuery = wrapValidator(raw_validateGetUsageSeriesQuery);
export const validateGetUsageSummaryQuery = wrapValidator(raw_validateGetUsageSummaryQuery);
export const validateListAccountLedgerParams = wrapValidator(raw_validateListAccountLedgerParams);
export const validateListAccountLedgerQuery = wrapValidator(raw_validateListAccountLedgerQuery);
export const validateListAccountsQuery = wrapValidator(raw_validateListAccountsQuery);
export const validateListAuditEntriesQuery = wrapValidator(raw_validateListAuditEntriesQuery);
export const validateListChannelsQuery = wrapValidator(raw_validateListChannelsQuery);
export const validateListKeysQuery = wrapValidator(raw_validateListKeysQuery);
export const validateListModelsQuery = wrapValidator(raw_validateListModelsQuery);
export const validateListTasksQuery = wrapValidator(raw_validateListTasksQuery);
export const validateListUsageRecordsQuery = wrapValidator(raw_validateListUsageRecordsQuery);
export const validateRevokeKeyParams = wrapValidator(raw_validateRevokeKeyParams);
export const validateRotateKeyBody = wrapValidator(raw_validateRotateKeyBody);
export const validateRotateKeyParams = wrapValidator(raw_validateRotateKeyParams);
export const validateTestChannelBody = wrapValidator(raw_validateTestChannelBody);
export const validateTestChannelParams = wrapValidator(raw_validateTestChannelParams);
export const validateTopUpAccountBody = wrapValidator(raw_validateTopUpAccountBody);
export const validateTopUpAccountParams = wrapValidator(raw_validateTopUpAccountParams);
export const validateUpdateAccountBody = wrapValidator(raw_validateUpdateAccountBody);
export const validateUpdateAccountParams = wrapValidator(raw_validateUpdateAccountParams);
export const validateUpdateChannelBody = wrapValidator(raw_validateUpdateChannelBody);
export const validateUpdateChannelParams = wrapValidator(raw_validateUpdateChannelParams);
export const validateUpdateKeyBody = wrapValidator(raw_validateUpdateKeyBody);
export const validateUpdateKeyParams = wrapValidator(raw_validateUpdateKeyParams);
export const validateUpdateModelBody = wrapValidator(raw_validateUpdateModelBody);
export const validateUpdateModelParams = wrapValidator(raw_validateUpdateModelParams);
