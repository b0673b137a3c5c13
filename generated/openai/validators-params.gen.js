// Generated from spec/openapi/openai.yaml by spec/codegen — do not edit.
// Raw Ajv validators for path and query parameters (coerceTypes: array); wrapped by validators.gen.js.
import * as __ajvModule0 from 'ajv/dist/runtime/ucs2length.js';

function __commonJs(ns) {
  const d = ns.default;
  return d !== null && (typeof d === 'object' || typeof d === 'function') && d.__esModule ? d : ns;
}
const __ajvRuntime0 = __commonJs(__ajvModule0);

const raw_validateRetrieveModelParams = validate20;
const schema31 = {"type":"object","properties":{"model":{"type":"string","minLength":1}},"required":["model"],"$id":"https://schemas.nexusflow.invalid/openai/operations/retrieveModel/params"};
const func1 = __ajvRuntime0.default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/openai/operations/retrieveModel/params" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.model === undefined) && (missing0 = "model")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.model !== undefined){
let data0 = data.model;
const _errs1 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate20.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["model"] = coerced0;
}
}
}
if(errors === _errs1){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate20.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"model":true},"dynamicProps":false,"dynamicItems":false};

export { raw_validateRetrieveModelParams };
