// Generated from spec/openapi/responses.yaml by spec/codegen — do not edit.
// Request validators: Ajv standalone code (JSON Schema 2020-12) compiled at generate time.
import * as __ajvModule0 from 'ajv/dist/runtime/ucs2length.js';
import { raw_validateRetrieveResponseQuery, raw_validateRetrieveResponseParams, raw_validateDeleteResponseParams, raw_validateListResponseInputItemsQuery, raw_validateListResponseInputItemsParams } from './validators-params.gen.js';

function __commonJs(ns) {
  const d = ns.default;
  return d !== null && (typeof d === 'object' || typeof d === 'function') && d.__esModule ? d : ns;
}
const __ajvRuntime0 = __commonJs(__ajvModule0);

const raw_validateCreateResponseBody = validate20;
const schema31 = {"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/CreateResponseRequest","$id":"https://schemas.nexusflow.invalid/responses/operations/createResponse/body"};
const schema33 = {"type":"object","required":["model"],"properties":{"model":{"type":"string","minLength":1},"input":{"oneOf":[{"type":"string"},{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/InputItem"}}]},"instructions":{"type":["string","null"]},"tools":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/Tool"}},"tool_choice":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice"},"parallel_tool_calls":{"type":["boolean","null"]},"reasoning":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/Reasoning"},"text":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/TextConfig"},"max_output_tokens":{"type":["integer","null"],"minimum":16},"temperature":{"type":["number","null"],"minimum":0,"maximum":2},"top_p":{"type":["number","null"],"minimum":0,"maximum":1},"metadata":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/Metadata"},"include":{"type":["array","null"],"items":{"type":"string"}},"store":{"type":["boolean","null"],"default":true},"previous_response_id":{"type":["string","null"]},"prompt_cache_key":{"type":"string"},"safety_identifier":{"type":"string"},"user":{"type":"string"},"stream":{"type":["boolean","null"]},"stream_options":{"type":["object","null"],"properties":{"include_obfuscation":{"type":"boolean"}}},"truncation":{"type":["string","null"],"enum":["auto","disabled",null]},"service_tier":{"type":["string","null"]},"background":{"type":["boolean","null"]}}};
const schema49 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"},"name":{"type":"string"},"tools":{"type":"array","items":{"type":"object"}},"description":{"type":["string","null"]},"parameters":{"type":["object","null"]},"strict":{"type":["boolean","null"]}}};
const schema50 = {"oneOf":[{"type":"string","enum":["none","auto","required"]},{"type":"object","required":["type","name"],"properties":{"type":{"type":"string","enum":["function"]},"name":{"type":"string"}}},{"type":"object","required":["type","mode","tools"],"properties":{"type":{"type":"string","enum":["allowed_tools"]},"mode":{"type":"string","enum":["auto","required"]},"tools":{"type":"array","items":{"type":"object"}}}}]};
const schema51 = {"type":["object","null"],"properties":{"effort":{"type":["string","null"],"enum":["none","minimal","low","medium","high","xhigh",null]},"summary":{"type":["string","null"],"enum":["auto","concise","detailed",null]},"generate_summary":{"type":["string","null"]}}};
const schema57 = {"type":["object","null"],"maxProperties":16,"additionalProperties":{"type":"string","maxLength":512}};
const func1 = __ajvRuntime0.default;
const schema34 = {"anyOf":[{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/InputMessage"},{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem"},{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallOutputItem"},{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/ReasoningItem"},{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/CustomToolCallItem"},{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/CustomToolCallOutputItem"},{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/ItemReference"}]};
const schema42 = {"type":"object","required":["type","call_id","name","arguments"],"properties":{"type":{"type":"string","enum":["function_call"]},"id":{"type":"string"},"call_id":{"type":"string","minLength":1},"name":{"type":"string","minLength":1},"namespace":{"type":"string"},"arguments":{"type":"string"},"status":{"type":"string","enum":["in_progress","completed","incomplete"]}}};
const schema46 = {"type":"object","required":["type","call_id","name","input"],"properties":{"type":{"type":"string","enum":["custom_tool_call"]},"id":{"type":"string"},"call_id":{"type":"string","minLength":1},"name":{"type":"string","minLength":1},"namespace":{"type":"string"},"input":{"type":"string"}}};
const schema48 = {"type":"object","required":["type","id"],"properties":{"type":{"type":"string","enum":["item_reference"]},"id":{"type":"string","minLength":1}}};
const schema35 = {"type":"object","required":["role","content"],"properties":{"type":{"type":"string","enum":["message"]},"id":{"type":"string"},"role":{"type":"string","enum":["user","assistant","system","developer"]},"status":{"type":"string"},"content":{"oneOf":[{"type":"string"},{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/InputContent"}}]}}};
const schema36 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"allOf":[{"if":{"properties":{"type":{"const":"input_text"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/InputText"}},{"if":{"properties":{"type":{"const":"input_image"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/InputImage"}},{"if":{"properties":{"type":{"const":"input_file"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/InputFile"}},{"if":{"properties":{"type":{"const":"output_text"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/OutputText"}},{"if":{"properties":{"type":{"const":"refusal"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/Refusal"}}]};
const schema37 = {"type":"object","required":["type","text"],"properties":{"type":{"type":"string","enum":["input_text"]},"text":{"type":"string"}}};
const schema38 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["input_image"]},"image_url":{"type":["string","null"]},"file_id":{"type":["string","null"]},"detail":{"type":"string","enum":["low","high","auto"]}}};
const schema39 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["input_file"]},"file_data":{"type":"string"},"file_url":{"type":"string"},"file_id":{"type":["string","null"]},"filename":{"type":"string"}}};
const schema40 = {"type":"object","required":["type","text"],"properties":{"type":{"type":"string","enum":["output_text"]},"text":{"type":"string"},"annotations":{"type":"array","items":{"type":"object"}},"logprobs":{"type":"array","items":{"type":"object"}}}};
const schema41 = {"type":"object","required":["type","refusal"],"properties":{"type":{"type":"string","enum":["refusal"]},"refusal":{"type":"string"}}};

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
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("input_text" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.type === undefined) && (missing1 = "type")) || ((data.text === undefined) && (missing1 = "text"))){
validate25.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputText/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data.type !== undefined){
let data1 = data.type;
const _errs8 = errors;
if(typeof data1 !== "string"){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputText/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data1 === "input_text")){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputText/properties/type/enum",keyword:"enum",params:{allowedValues: schema37.properties.type.enum}}];
return false;
}
var valid4 = _errs8 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.text !== undefined){
const _errs10 = errors;
if(typeof data.text !== "string"){
validate25.errors = [{instancePath:instancePath+"/text",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputText/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputText/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.type = true;
props0.text = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate25.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs12 = errors;
const _errs13 = errors;
let valid5 = true;
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.type !== undefined){
if("input_image" !== data.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs14 === errors;
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
validate25.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputImage/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
if(data.type !== undefined){
let data4 = data.type;
const _errs19 = errors;
if(typeof data4 !== "string"){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputImage/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data4 === "input_image")){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputImage/properties/type/enum",keyword:"enum",params:{allowedValues: schema38.properties.type.enum}}];
return false;
}
var valid8 = _errs19 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.image_url !== undefined){
let data5 = data.image_url;
const _errs21 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate25.errors = [{instancePath:instancePath+"/image_url",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputImage/properties/image_url/type",keyword:"type",params:{type: schema38.properties.image_url.type}}];
return false;
}
var valid8 = _errs21 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.file_id !== undefined){
let data6 = data.file_id;
const _errs23 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate25.errors = [{instancePath:instancePath+"/file_id",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputImage/properties/file_id/type",keyword:"type",params:{type: schema38.properties.file_id.type}}];
return false;
}
var valid8 = _errs23 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.detail !== undefined){
let data7 = data.detail;
const _errs25 = errors;
if(typeof data7 !== "string"){
validate25.errors = [{instancePath:instancePath+"/detail",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputImage/properties/detail/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data7 === "low") || (data7 === "high")) || (data7 === "auto"))){
validate25.errors = [{instancePath:instancePath+"/detail",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputImage/properties/detail/enum",keyword:"enum",params:{allowedValues: schema38.properties.detail.enum}}];
return false;
}
var valid8 = _errs25 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputImage/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid1 = _errs16 === errors;
valid5 = _valid1;
if(valid5){
var props1 = {};
props1.type = true;
props1.image_url = true;
props1.file_id = true;
props1.detail = true;
}
}
if(!valid5){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate25.errors = vErrors;
return false;
}
var valid0 = _errs12 === errors;
if(valid0){
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs27 = errors;
const _errs28 = errors;
let valid9 = true;
const _errs29 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.type !== undefined){
if("input_file" !== data.type){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs29 === errors;
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
validate25.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputFile/required",keyword:"required",params:{missingProperty: missing5}}];
return false;
}
else {
if(data.type !== undefined){
let data9 = data.type;
const _errs34 = errors;
if(typeof data9 !== "string"){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputFile/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data9 === "input_file")){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputFile/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.type.enum}}];
return false;
}
var valid12 = _errs34 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.file_data !== undefined){
const _errs36 = errors;
if(typeof data.file_data !== "string"){
validate25.errors = [{instancePath:instancePath+"/file_data",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputFile/properties/file_data/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid12 = _errs36 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.file_url !== undefined){
const _errs38 = errors;
if(typeof data.file_url !== "string"){
validate25.errors = [{instancePath:instancePath+"/file_url",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputFile/properties/file_url/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid12 = _errs38 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.file_id !== undefined){
let data12 = data.file_id;
const _errs40 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
validate25.errors = [{instancePath:instancePath+"/file_id",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputFile/properties/file_id/type",keyword:"type",params:{type: schema39.properties.file_id.type}}];
return false;
}
var valid12 = _errs40 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.filename !== undefined){
const _errs42 = errors;
if(typeof data.filename !== "string"){
validate25.errors = [{instancePath:instancePath+"/filename",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputFile/properties/filename/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid12 = _errs42 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/InputFile/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid2 = _errs31 === errors;
valid9 = _valid2;
if(valid9){
var props2 = {};
props2.type = true;
props2.file_data = true;
props2.file_url = true;
props2.file_id = true;
props2.filename = true;
}
}
if(!valid9){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate25.errors = vErrors;
return false;
}
var valid0 = _errs27 === errors;
if(valid0){
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs44 = errors;
const _errs45 = errors;
let valid13 = true;
const _errs46 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.type !== undefined){
if("output_text" !== data.type){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
var _valid3 = _errs46 === errors;
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs48 = errors;
const _errs49 = errors;
if(errors === _errs49){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if(((data.type === undefined) && (missing7 = "type")) || ((data.text === undefined) && (missing7 = "text"))){
validate25.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/OutputText/required",keyword:"required",params:{missingProperty: missing7}}];
return false;
}
else {
if(data.type !== undefined){
let data15 = data.type;
const _errs51 = errors;
if(typeof data15 !== "string"){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/OutputText/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data15 === "output_text")){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/OutputText/properties/type/enum",keyword:"enum",params:{allowedValues: schema40.properties.type.enum}}];
return false;
}
var valid16 = _errs51 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.text !== undefined){
const _errs53 = errors;
if(typeof data.text !== "string"){
validate25.errors = [{instancePath:instancePath+"/text",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/OutputText/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid16 = _errs53 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.annotations !== undefined){
let data17 = data.annotations;
const _errs55 = errors;
if(errors === _errs55){
if(Array.isArray(data17)){
var valid17 = true;
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
let data18 = data17[i0];
const _errs57 = errors;
if(!(data18 && typeof data18 == "object" && !Array.isArray(data18))){
validate25.errors = [{instancePath:instancePath+"/annotations/" + i0,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/OutputText/properties/annotations/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid17 = _errs57 === errors;
if(!valid17){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/annotations",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/OutputText/properties/annotations/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid16 = _errs55 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.logprobs !== undefined){
let data19 = data.logprobs;
const _errs59 = errors;
if(errors === _errs59){
if(Array.isArray(data19)){
var valid18 = true;
const len1 = data19.length;
for(let i1=0; i1<len1; i1++){
let data20 = data19[i1];
const _errs61 = errors;
if(!(data20 && typeof data20 == "object" && !Array.isArray(data20))){
validate25.errors = [{instancePath:instancePath+"/logprobs/" + i1,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/OutputText/properties/logprobs/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid18 = _errs61 === errors;
if(!valid18){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/logprobs",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/OutputText/properties/logprobs/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid16 = _errs59 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/OutputText/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid3 = _errs48 === errors;
valid13 = _valid3;
if(valid13){
var props3 = {};
props3.type = true;
props3.text = true;
props3.annotations = true;
props3.logprobs = true;
}
}
if(!valid13){
const err11 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate25.errors = vErrors;
return false;
}
var valid0 = _errs44 === errors;
if(valid0){
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs63 = errors;
const _errs64 = errors;
let valid19 = true;
const _errs65 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.type === undefined) && (missing8 = "type")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.type !== undefined){
if("refusal" !== data.type){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
var _valid4 = _errs65 === errors;
errors = _errs64;
if(vErrors !== null){
if(_errs64){
vErrors.length = _errs64;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs67 = errors;
const _errs68 = errors;
if(errors === _errs68){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if(((data.type === undefined) && (missing9 = "type")) || ((data.refusal === undefined) && (missing9 = "refusal"))){
validate25.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Refusal/required",keyword:"required",params:{missingProperty: missing9}}];
return false;
}
else {
if(data.type !== undefined){
let data22 = data.type;
const _errs70 = errors;
if(typeof data22 !== "string"){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Refusal/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data22 === "refusal")){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Refusal/properties/type/enum",keyword:"enum",params:{allowedValues: schema41.properties.type.enum}}];
return false;
}
var valid22 = _errs70 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data.refusal !== undefined){
const _errs72 = errors;
if(typeof data.refusal !== "string"){
validate25.errors = [{instancePath:instancePath+"/refusal",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Refusal/properties/refusal/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid22 = _errs72 === errors;
}
else {
var valid22 = true;
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Refusal/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid4 = _errs67 === errors;
valid19 = _valid4;
if(valid19){
var props4 = {};
props4.type = true;
props4.refusal = true;
}
}
if(!valid19){
const err14 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate25.errors = vErrors;
return false;
}
var valid0 = _errs63 === errors;
if(valid0){
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.type === undefined) && (missing10 = "type")){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing10}}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
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
evaluated0.props = props0;
return errors === 0;
}
validate25.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate24.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data0 === "message")){
validate24.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema35.properties.type.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate24.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
let data2 = data.role;
const _errs5 = errors;
if(typeof data2 !== "string"){
validate24.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((data2 === "user") || (data2 === "assistant")) || (data2 === "system")) || (data2 === "developer"))){
validate24.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema35.properties.role.enum}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs7 = errors;
if(typeof data.status !== "string"){
validate24.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data4 = data.content;
const _errs9 = errors;
const _errs10 = errors;
let valid1 = false;
let passing0 = null;
const _errs11 = errors;
if(typeof data4 !== "string"){
const err0 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data4)){
var valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs15 = errors;
if(!(validate25(data4[i0], {instancePath:instancePath+"/content/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
}
else {
const err1 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/oneOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err2 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs9 === errors;
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
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"type":true,"id":true,"role":true,"status":true,"content":true},"dynamicProps":false,"dynamicItems":false};

const schema43 = {"type":"object","required":["type","call_id","output"],"properties":{"type":{"type":"string","enum":["function_call_output"]},"id":{"type":["string","null"]},"call_id":{"type":"string","minLength":1},"output":{"oneOf":[{"type":"string"},{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/InputContent"}}]},"status":{"type":["string","null"],"enum":["in_progress","completed","incomplete",null]}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.call_id === undefined) && (missing0 = "call_id"))) || ((data.output === undefined) && (missing0 = "output"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate28.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data0 === "function_call_output")){
validate28.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema43.properties.type.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate28.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema43.properties.id.type}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.call_id !== undefined){
let data2 = data.call_id;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate28.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output !== undefined){
let data3 = data.output;
const _errs7 = errors;
const _errs8 = errors;
let valid1 = false;
let passing0 = null;
const _errs9 = errors;
if(typeof data3 !== "string"){
const err0 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data3)){
var valid2 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs13 = errors;
if(!(validate25(data3[i0], {instancePath:instancePath+"/output/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
else {
const err1 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/oneOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err2 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate28.errors = vErrors;
return false;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data5 = data.status;
const _errs14 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate28.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: schema43.properties.status.type}}];
return false;
}
if(!((((data5 === "in_progress") || (data5 === "completed")) || (data5 === "incomplete")) || (data5 === null))){
validate28.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema43.properties.status.enum}}];
return false;
}
var valid0 = _errs14 === errors;
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
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"type":true,"id":true,"call_id":true,"output":true,"status":true},"dynamicProps":false,"dynamicItems":false};

const schema44 = {"type":"object","required":["type","summary"],"properties":{"type":{"type":"string","enum":["reasoning"]},"id":{"type":"string"},"summary":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/SummaryText"}},"content":{"type":"array","items":{"type":"object","required":["type","text"],"properties":{"type":{"type":"string","enum":["reasoning_text"]},"text":{"type":"string"}}}},"encrypted_content":{"type":["string","null"]},"status":{"type":"string","enum":["in_progress","completed","incomplete"]}}};
const schema45 = {"type":"object","required":["type","text"],"properties":{"type":{"type":"string","enum":["summary_text"]},"text":{"type":"string"}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.summary === undefined) && (missing0 = "summary"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate31.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data0 === "reasoning")){
validate31.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema44.properties.type.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate31.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data2 = data.summary;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.type === undefined) && (missing1 = "type")) || ((data3.text === undefined) && (missing1 = "text"))){
validate31.errors = [{instancePath:instancePath+"/summary/" + i0,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/SummaryText/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data3.type !== undefined){
let data4 = data3.type;
const _errs10 = errors;
if(typeof data4 !== "string"){
validate31.errors = [{instancePath:instancePath+"/summary/" + i0+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/SummaryText/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data4 === "summary_text")){
validate31.errors = [{instancePath:instancePath+"/summary/" + i0+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/SummaryText/properties/type/enum",keyword:"enum",params:{allowedValues: schema45.properties.type.enum}}];
return false;
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.text !== undefined){
const _errs12 = errors;
if(typeof data3.text !== "string"){
validate31.errors = [{instancePath:instancePath+"/summary/" + i0+"/text",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/SummaryText/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/summary/" + i0,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/SummaryText/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data6 = data.content;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data6)){
var valid4 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs16 = errors;
if(errors === _errs16){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if(((data7.type === undefined) && (missing2 = "type")) || ((data7.text === undefined) && (missing2 = "text"))){
validate31.errors = [{instancePath:instancePath+"/content/" + i1,schemaPath:"#/properties/content/items/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data7.type !== undefined){
let data8 = data7.type;
const _errs18 = errors;
if(typeof data8 !== "string"){
validate31.errors = [{instancePath:instancePath+"/content/" + i1+"/type",schemaPath:"#/properties/content/items/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data8 === "reasoning_text")){
validate31.errors = [{instancePath:instancePath+"/content/" + i1+"/type",schemaPath:"#/properties/content/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema44.properties.content.items.properties.type.enum}}];
return false;
}
var valid5 = _errs18 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.text !== undefined){
const _errs20 = errors;
if(typeof data7.text !== "string"){
validate31.errors = [{instancePath:instancePath+"/content/" + i1+"/text",schemaPath:"#/properties/content/items/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs20 === errors;
}
else {
var valid5 = true;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/content/" + i1,schemaPath:"#/properties/content/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid4 = _errs16 === errors;
if(!valid4){
break;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.encrypted_content !== undefined){
let data10 = data.encrypted_content;
const _errs22 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate31.errors = [{instancePath:instancePath+"/encrypted_content",schemaPath:"#/properties/encrypted_content/type",keyword:"type",params:{type: schema44.properties.encrypted_content.type}}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data11 = data.status;
const _errs24 = errors;
if(typeof data11 !== "string"){
validate31.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data11 === "in_progress") || (data11 === "completed")) || (data11 === "incomplete"))){
validate31.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema44.properties.status.enum}}];
return false;
}
var valid0 = _errs24 === errors;
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
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"type":true,"id":true,"summary":true,"content":true,"encrypted_content":true,"status":true},"dynamicProps":false,"dynamicItems":false};

const schema47 = {"type":"object","required":["type","call_id","output"],"properties":{"type":{"type":"string","enum":["custom_tool_call_output"]},"id":{"type":"string"},"call_id":{"type":"string","minLength":1},"output":{"oneOf":[{"type":"string"},{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/InputContent"}}]}}};

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
if((((data.type === undefined) && (missing0 = "type")) || ((data.call_id === undefined) && (missing0 = "call_id"))) || ((data.output === undefined) && (missing0 = "output"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate33.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data0 === "custom_tool_call_output")){
validate33.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema47.properties.type.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.call_id !== undefined){
let data2 = data.call_id;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate33.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output !== undefined){
let data3 = data.output;
const _errs7 = errors;
const _errs8 = errors;
let valid1 = false;
let passing0 = null;
const _errs9 = errors;
if(typeof data3 !== "string"){
const err0 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data3)){
var valid2 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs13 = errors;
if(!(validate25(data3[i0], {instancePath:instancePath+"/output/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
else {
const err1 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/oneOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err2 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate33.errors = vErrors;
return false;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
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
validate33.evaluated = {"props":{"type":true,"id":true,"call_id":true,"output":true},"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
let valid0 = false;
const _errs1 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.type = true;
props0.id = true;
props0.role = true;
props0.status = true;
props0.content = true;
}
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.call_id === undefined) && (missing0 = "call_id"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.arguments === undefined) && (missing0 = "arguments"))){
const err0 = {instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem/required",keyword:"required",params:{missingProperty: missing0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs5 = errors;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(data0 === "function_call")){
const err2 = {instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem/properties/type/enum",keyword:"enum",params:{allowedValues: schema42.properties.type.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.id !== undefined){
const _errs7 = errors;
if(typeof data.id !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.call_id !== undefined){
let data2 = data.call_id;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err4 = {instancePath:instancePath+"/call_id",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem/properties/call_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/call_id",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem/properties/call_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.name !== undefined){
let data3 = data.name;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.namespace !== undefined){
const _errs13 = errors;
if(typeof data.namespace !== "string"){
const err8 = {instancePath:instancePath+"/namespace",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.arguments !== undefined){
const _errs15 = errors;
if(typeof data.arguments !== "string"){
const err9 = {instancePath:instancePath+"/arguments",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem/properties/arguments/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.status !== undefined){
let data6 = data.status;
const _errs17 = errors;
if(typeof data6 !== "string"){
const err10 = {instancePath:instancePath+"/status",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem/properties/status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((data6 === "in_progress") || (data6 === "completed")) || (data6 === "incomplete"))){
const err11 = {instancePath:instancePath+"/status",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem/properties/status/enum",keyword:"enum",params:{allowedValues: schema42.properties.status.enum}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
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
const err12 = {instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/FunctionCallItem/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.id = true;
props0.call_id = true;
props0.name = true;
props0.namespace = true;
props0.arguments = true;
props0.status = true;
}
}
const _errs19 = errors;
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var _valid0 = _errs19 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.id = true;
props0.call_id = true;
props0.output = true;
props0.status = true;
}
}
const _errs20 = errors;
if(!(validate31(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var _valid0 = _errs20 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.id = true;
props0.summary = true;
props0.content = true;
props0.encrypted_content = true;
props0.status = true;
}
}
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((((data.type === undefined) && (missing1 = "type")) || ((data.call_id === undefined) && (missing1 = "call_id"))) || ((data.name === undefined) && (missing1 = "name"))) || ((data.input === undefined) && (missing1 = "input"))){
const err13 = {instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/CustomToolCallItem/required",keyword:"required",params:{missingProperty: missing1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
if(data.type !== undefined){
let data7 = data.type;
const _errs24 = errors;
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/CustomToolCallItem/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(data7 === "custom_tool_call")){
const err15 = {instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/CustomToolCallItem/properties/type/enum",keyword:"enum",params:{allowedValues: schema46.properties.type.enum}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.id !== undefined){
const _errs26 = errors;
if(typeof data.id !== "string"){
const err16 = {instancePath:instancePath+"/id",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/CustomToolCallItem/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.call_id !== undefined){
let data9 = data.call_id;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err17 = {instancePath:instancePath+"/call_id",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/CustomToolCallItem/properties/call_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/call_id",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/CustomToolCallItem/properties/call_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.name !== undefined){
let data10 = data.name;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err19 = {instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/CustomToolCallItem/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/CustomToolCallItem/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var valid4 = _errs30 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.namespace !== undefined){
const _errs32 = errors;
if(typeof data.namespace !== "string"){
const err21 = {instancePath:instancePath+"/namespace",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/CustomToolCallItem/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid4 = _errs32 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.input !== undefined){
const _errs34 = errors;
if(typeof data.input !== "string"){
const err22 = {instancePath:instancePath+"/input",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/CustomToolCallItem/properties/input/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid4 = _errs34 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
else {
const err23 = {instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/CustomToolCallItem/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid0 = _errs21 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.id = true;
props0.call_id = true;
props0.name = true;
props0.namespace = true;
props0.input = true;
}
}
const _errs36 = errors;
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var _valid0 = _errs36 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.id = true;
props0.call_id = true;
props0.output = true;
}
}
const _errs37 = errors;
const _errs38 = errors;
if(errors === _errs38){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.type === undefined) && (missing2 = "type")) || ((data.id === undefined) && (missing2 = "id"))){
const err24 = {instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ItemReference/required",keyword:"required",params:{missingProperty: missing2}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
if(data.type !== undefined){
let data13 = data.type;
const _errs40 = errors;
if(typeof data13 !== "string"){
const err25 = {instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ItemReference/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(data13 === "item_reference")){
const err26 = {instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ItemReference/properties/type/enum",keyword:"enum",params:{allowedValues: schema48.properties.type.enum}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid6 = _errs40 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.id !== undefined){
let data14 = data.id;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err27 = {instancePath:instancePath+"/id",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ItemReference/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/id",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ItemReference/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var valid6 = _errs42 === errors;
}
else {
var valid6 = true;
}
}
}
}
else {
const err29 = {instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ItemReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var _valid0 = _errs37 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.id = true;
}
}
if(!valid0){
const err30 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate23.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema52 = {"type":"object","properties":{"format":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormat"},"verbosity":{"type":["string","null"],"enum":["low","medium","high",null]}}};
const schema53 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["text","json_object","json_schema"]}},"allOf":[{"if":{"properties":{"type":{"const":"text"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatText"}},{"if":{"properties":{"type":{"const":"json_object"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonObject"}},{"if":{"properties":{"type":{"const":"json_schema"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonSchema"}}]};
const schema54 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["text"]}}};
const schema55 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["json_object"]}}};
const schema56 = {"type":"object","required":["type","name","schema"],"properties":{"type":{"type":"string","enum":["json_schema"]},"name":{"type":"string","minLength":1,"maxLength":64},"description":{"type":"string"},"schema":{"type":"object"},"strict":{"type":["boolean","null"]}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("text" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
validate38.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatText/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
validate38.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatText/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data1 === "text")){
validate38.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatText/properties/type/enum",keyword:"enum",params:{allowedValues: schema54.properties.type.enum}}];
return false;
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatText/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.type = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate38.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs10 = errors;
const _errs11 = errors;
let valid5 = true;
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.type !== undefined){
if("json_object" !== data.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs12 === errors;
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
validate38.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonObject/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
if(data.type !== undefined){
let data3 = data.type;
if(typeof data3 !== "string"){
validate38.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonObject/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data3 === "json_object")){
validate38.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonObject/properties/type/enum",keyword:"enum",params:{allowedValues: schema55.properties.type.enum}}];
return false;
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonObject/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid1 = _errs14 === errors;
valid5 = _valid1;
if(valid5){
var props1 = {};
props1.type = true;
}
}
if(!valid5){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate38.errors = vErrors;
return false;
}
var valid0 = _errs10 === errors;
if(valid0){
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs19 = errors;
const _errs20 = errors;
let valid9 = true;
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.type !== undefined){
if("json_schema" !== data.type){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs21 === errors;
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((((data.type === undefined) && (missing5 = "type")) || ((data.name === undefined) && (missing5 = "name"))) || ((data.schema === undefined) && (missing5 = "schema"))){
validate38.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonSchema/required",keyword:"required",params:{missingProperty: missing5}}];
return false;
}
else {
if(data.type !== undefined){
let data5 = data.type;
const _errs26 = errors;
if(typeof data5 !== "string"){
validate38.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonSchema/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data5 === "json_schema")){
validate38.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonSchema/properties/type/enum",keyword:"enum",params:{allowedValues: schema56.properties.type.enum}}];
return false;
}
var valid12 = _errs26 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.name !== undefined){
let data6 = data.name;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data6 === "string"){
if(func1(data6) > 64){
validate38.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonSchema/properties/name/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(func1(data6) < 1){
validate38.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonSchema/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonSchema/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid12 = _errs28 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.description !== undefined){
const _errs30 = errors;
if(typeof data.description !== "string"){
validate38.errors = [{instancePath:instancePath+"/description",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonSchema/properties/description/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid12 = _errs30 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.schema !== undefined){
let data8 = data.schema;
const _errs32 = errors;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
validate38.errors = [{instancePath:instancePath+"/schema",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonSchema/properties/schema/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid12 = _errs32 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.strict !== undefined){
let data9 = data.strict;
const _errs34 = errors;
if((typeof data9 !== "boolean") && (data9 !== null)){
validate38.errors = [{instancePath:instancePath+"/strict",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonSchema/properties/strict/type",keyword:"type",params:{type: schema56.properties.strict.type}}];
return false;
}
var valid12 = _errs34 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/TextFormatJsonSchema/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid2 = _errs23 === errors;
valid9 = _valid2;
if(valid9){
var props2 = {};
props2.type = true;
props2.name = true;
props2.description = true;
props2.schema = true;
props2.strict = true;
}
}
if(!valid9){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate38.errors = vErrors;
return false;
}
var valid0 = _errs19 === errors;
if(valid0){
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing6}}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
let data10 = data.type;
if(typeof data10 !== "string"){
validate38.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data10 === "text") || (data10 === "json_object")) || (data10 === "json_schema"))){
validate38.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema53.properties.type.enum}}];
return false;
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate38.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate38.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format !== undefined){
const _errs1 = errors;
if(!(validate38(data.format, {instancePath:instancePath+"/format",parentData:data,parentDataProperty:"format",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verbosity !== undefined){
let data1 = data.verbosity;
const _errs2 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate37.errors = [{instancePath:instancePath+"/verbosity",schemaPath:"#/properties/verbosity/type",keyword:"type",params:{type: schema52.properties.verbosity.type}}];
return false;
}
if(!((((data1 === "low") || (data1 === "medium")) || (data1 === "high")) || (data1 === null))){
validate37.errors = [{instancePath:instancePath+"/verbosity",schemaPath:"#/properties/verbosity/enum",keyword:"enum",params:{allowedValues: schema52.properties.verbosity.enum}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"format":true,"verbosity":true},"dynamicProps":false,"dynamicItems":false};


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
if((data.model === undefined) && (missing0 = "model")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.model !== undefined){
let data0 = data.model;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate22.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
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
if(data.input !== undefined){
let data1 = data.input;
const _errs3 = errors;
const _errs4 = errors;
let valid1 = false;
let passing0 = null;
const _errs5 = errors;
if(typeof data1 !== "string"){
const err0 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data1)){
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs9 = errors;
if(!(validate23(data1[i0], {instancePath:instancePath+"/input/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
else {
const err1 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/oneOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err2 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate22.errors = vErrors;
return false;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instructions !== undefined){
let data3 = data.instructions;
const _errs10 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate22.errors = [{instancePath:instancePath+"/instructions",schemaPath:"#/properties/instructions/type",keyword:"type",params:{type: schema33.properties.instructions.type}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data4 = data.tools;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data4)){
var valid3 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.type === undefined) && (missing1 = "type")){
validate22.errors = [{instancePath:instancePath+"/tools/" + i1,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Tool/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data5.type !== undefined){
const _errs17 = errors;
if(typeof data5.type !== "string"){
validate22.errors = [{instancePath:instancePath+"/tools/" + i1+"/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Tool/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data5.name !== undefined){
const _errs19 = errors;
if(typeof data5.name !== "string"){
validate22.errors = [{instancePath:instancePath+"/tools/" + i1+"/name",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Tool/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data5.tools !== undefined){
let data8 = data5.tools;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data8)){
var valid6 = true;
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
const _errs23 = errors;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
validate22.errors = [{instancePath:instancePath+"/tools/" + i1+"/tools/" + i2,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Tool/properties/tools/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid6 = _errs23 === errors;
if(!valid6){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/tools/" + i1+"/tools",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Tool/properties/tools/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data5.description !== undefined){
let data10 = data5.description;
const _errs25 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate22.errors = [{instancePath:instancePath+"/tools/" + i1+"/description",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Tool/properties/description/type",keyword:"type",params:{type: schema49.properties.description.type}}];
return false;
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data5.parameters !== undefined){
let data11 = data5.parameters;
const _errs27 = errors;
if((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)){
validate22.errors = [{instancePath:instancePath+"/tools/" + i1+"/parameters",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Tool/properties/parameters/type",keyword:"type",params:{type: schema49.properties.parameters.type}}];
return false;
}
var valid5 = _errs27 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data5.strict !== undefined){
let data12 = data5.strict;
const _errs29 = errors;
if((typeof data12 !== "boolean") && (data12 !== null)){
validate22.errors = [{instancePath:instancePath+"/tools/" + i1+"/strict",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Tool/properties/strict/type",keyword:"type",params:{type: schema49.properties.strict.type}}];
return false;
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
}
else {
validate22.errors = [{instancePath:instancePath+"/tools/" + i1,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Tool/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_choice !== undefined){
let data13 = data.tool_choice;
const _errs31 = errors;
const _errs33 = errors;
let valid8 = false;
let passing1 = null;
const _errs34 = errors;
if(typeof data13 !== "string"){
const err3 = {instancePath:instancePath+"/tool_choice",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data13 === "none") || (data13 === "auto")) || (data13 === "required"))){
const err4 = {instancePath:instancePath+"/tool_choice",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema50.oneOf[0].enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs34 === errors;
if(_valid1){
valid8 = true;
passing1 = 0;
}
const _errs36 = errors;
if(errors === _errs36){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing2;
if(((data13.type === undefined) && (missing2 = "type")) || ((data13.name === undefined) && (missing2 = "name"))){
const err5 = {instancePath:instancePath+"/tool_choice",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/1/required",keyword:"required",params:{missingProperty: missing2}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(data13.type !== undefined){
let data14 = data13.type;
const _errs38 = errors;
if(typeof data14 !== "string"){
const err6 = {instancePath:instancePath+"/tool_choice/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(data14 === "function")){
const err7 = {instancePath:instancePath+"/tool_choice/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema50.oneOf[1].properties.type.enum}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid9 = _errs38 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data13.name !== undefined){
const _errs40 = errors;
if(typeof data13.name !== "string"){
const err8 = {instancePath:instancePath+"/tool_choice/name",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid9 = _errs40 === errors;
}
else {
var valid9 = true;
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/tool_choice",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid1 = _errs36 === errors;
if(_valid1 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid8 = true;
passing1 = 1;
var props1 = {};
props1.type = true;
props1.name = true;
}
const _errs42 = errors;
if(errors === _errs42){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing3;
if((((data13.type === undefined) && (missing3 = "type")) || ((data13.mode === undefined) && (missing3 = "mode"))) || ((data13.tools === undefined) && (missing3 = "tools"))){
const err10 = {instancePath:instancePath+"/tool_choice",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/2/required",keyword:"required",params:{missingProperty: missing3}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
if(data13.type !== undefined){
let data16 = data13.type;
const _errs44 = errors;
if(typeof data16 !== "string"){
const err11 = {instancePath:instancePath+"/tool_choice/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/2/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(data16 === "allowed_tools")){
const err12 = {instancePath:instancePath+"/tool_choice/type",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/2/properties/type/enum",keyword:"enum",params:{allowedValues: schema50.oneOf[2].properties.type.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid10 = _errs44 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data13.mode !== undefined){
let data17 = data13.mode;
const _errs46 = errors;
if(typeof data17 !== "string"){
const err13 = {instancePath:instancePath+"/tool_choice/mode",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/2/properties/mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data17 === "auto") || (data17 === "required"))){
const err14 = {instancePath:instancePath+"/tool_choice/mode",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/2/properties/mode/enum",keyword:"enum",params:{allowedValues: schema50.oneOf[2].properties.mode.enum}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid10 = _errs46 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data13.tools !== undefined){
let data18 = data13.tools;
const _errs48 = errors;
if(errors === _errs48){
if(Array.isArray(data18)){
var valid11 = true;
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
let data19 = data18[i3];
const _errs50 = errors;
if(!(data19 && typeof data19 == "object" && !Array.isArray(data19))){
const err15 = {instancePath:instancePath+"/tool_choice/tools/" + i3,schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/2/properties/tools/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid11 = _errs50 === errors;
if(!valid11){
break;
}
}
}
else {
const err16 = {instancePath:instancePath+"/tool_choice/tools",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/2/properties/tools/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var valid10 = _errs48 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/tool_choice",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid1 = _errs42 === errors;
if(_valid1 && valid8){
valid8 = false;
passing1 = [passing1, 2];
}
else {
if(_valid1){
valid8 = true;
passing1 = 2;
if(props1 !== true){
props1 = props1 || {};
props1.type = true;
props1.mode = true;
props1.tools = true;
}
}
}
}
if(!valid8){
const err18 = {instancePath:instancePath+"/tool_choice",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/ToolChoice/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
validate22.errors = vErrors;
return false;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parallel_tool_calls !== undefined){
let data20 = data.parallel_tool_calls;
const _errs52 = errors;
if((typeof data20 !== "boolean") && (data20 !== null)){
validate22.errors = [{instancePath:instancePath+"/parallel_tool_calls",schemaPath:"#/properties/parallel_tool_calls/type",keyword:"type",params:{type: schema33.properties.parallel_tool_calls.type}}];
return false;
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reasoning !== undefined){
let data21 = data.reasoning;
const _errs54 = errors;
const _errs55 = errors;
if((!(data21 && typeof data21 == "object" && !Array.isArray(data21))) && (data21 !== null)){
validate22.errors = [{instancePath:instancePath+"/reasoning",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Reasoning/type",keyword:"type",params:{type: schema51.type}}];
return false;
}
if(errors === _errs55){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.effort !== undefined){
let data22 = data21.effort;
const _errs57 = errors;
if((typeof data22 !== "string") && (data22 !== null)){
validate22.errors = [{instancePath:instancePath+"/reasoning/effort",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Reasoning/properties/effort/type",keyword:"type",params:{type: schema51.properties.effort.type}}];
return false;
}
if(!(((((((data22 === "none") || (data22 === "minimal")) || (data22 === "low")) || (data22 === "medium")) || (data22 === "high")) || (data22 === "xhigh")) || (data22 === null))){
validate22.errors = [{instancePath:instancePath+"/reasoning/effort",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Reasoning/properties/effort/enum",keyword:"enum",params:{allowedValues: schema51.properties.effort.enum}}];
return false;
}
var valid13 = _errs57 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.summary !== undefined){
let data23 = data21.summary;
const _errs59 = errors;
if((typeof data23 !== "string") && (data23 !== null)){
validate22.errors = [{instancePath:instancePath+"/reasoning/summary",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Reasoning/properties/summary/type",keyword:"type",params:{type: schema51.properties.summary.type}}];
return false;
}
if(!((((data23 === "auto") || (data23 === "concise")) || (data23 === "detailed")) || (data23 === null))){
validate22.errors = [{instancePath:instancePath+"/reasoning/summary",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Reasoning/properties/summary/enum",keyword:"enum",params:{allowedValues: schema51.properties.summary.enum}}];
return false;
}
var valid13 = _errs59 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.generate_summary !== undefined){
let data24 = data21.generate_summary;
const _errs61 = errors;
if((typeof data24 !== "string") && (data24 !== null)){
validate22.errors = [{instancePath:instancePath+"/reasoning/generate_summary",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Reasoning/properties/generate_summary/type",keyword:"type",params:{type: schema51.properties.generate_summary.type}}];
return false;
}
var valid13 = _errs61 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
const _errs63 = errors;
if(!(validate37(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs63 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max_output_tokens !== undefined){
let data26 = data.max_output_tokens;
const _errs64 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate22.errors = [{instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/type",keyword:"type",params:{type: schema33.properties.max_output_tokens.type}}];
return false;
}
if(errors === _errs64){
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 16 || isNaN(data26)){
validate22.errors = [{instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 16}}];
return false;
}
}
}
var valid0 = _errs64 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.temperature !== undefined){
let data27 = data.temperature;
const _errs66 = errors;
if((!((typeof data27 == "number") && (isFinite(data27)))) && (data27 !== null)){
validate22.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/type",keyword:"type",params:{type: schema33.properties.temperature.type}}];
return false;
}
if(errors === _errs66){
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 2 || isNaN(data27)){
validate22.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2}}];
return false;
}
else {
if(data27 < 0 || isNaN(data27)){
validate22.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid0 = _errs66 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.top_p !== undefined){
let data28 = data.top_p;
const _errs68 = errors;
if((!((typeof data28 == "number") && (isFinite(data28)))) && (data28 !== null)){
validate22.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/type",keyword:"type",params:{type: schema33.properties.top_p.type}}];
return false;
}
if(errors === _errs68){
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 1 || isNaN(data28)){
validate22.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}}];
return false;
}
else {
if(data28 < 0 || isNaN(data28)){
validate22.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data29 = data.metadata;
const _errs70 = errors;
const _errs71 = errors;
if((!(data29 && typeof data29 == "object" && !Array.isArray(data29))) && (data29 !== null)){
validate22.errors = [{instancePath:instancePath+"/metadata",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Metadata/type",keyword:"type",params:{type: schema57.type}}];
return false;
}
if(errors === _errs71){
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(Object.keys(data29).length > 16){
validate22.errors = [{instancePath:instancePath+"/metadata",schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Metadata/maxProperties",keyword:"maxProperties",params:{limit: 16}}];
return false;
}
else {
for(const key0 in data29){
let data30 = data29[key0];
const _errs74 = errors;
if(errors === _errs74){
if(typeof data30 === "string"){
if(func1(data30) > 512){
validate22.errors = [{instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 512}}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://schemas.nexusflow.invalid/responses.json#/$defs/Metadata/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid15 = _errs74 === errors;
if(!valid15){
break;
}
}
}
}
}
var valid0 = _errs70 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.include !== undefined){
let data31 = data.include;
const _errs76 = errors;
if((!(Array.isArray(data31))) && (data31 !== null)){
validate22.errors = [{instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: schema33.properties.include.type}}];
return false;
}
if(errors === _errs76){
if(Array.isArray(data31)){
var valid16 = true;
const len4 = data31.length;
for(let i4=0; i4<len4; i4++){
const _errs78 = errors;
if(typeof data31[i4] !== "string"){
validate22.errors = [{instancePath:instancePath+"/include/" + i4,schemaPath:"#/properties/include/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid16 = _errs78 === errors;
if(!valid16){
break;
}
}
}
}
var valid0 = _errs76 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.store !== undefined){
let data33 = data.store;
const _errs80 = errors;
if((typeof data33 !== "boolean") && (data33 !== null)){
validate22.errors = [{instancePath:instancePath+"/store",schemaPath:"#/properties/store/type",keyword:"type",params:{type: schema33.properties.store.type}}];
return false;
}
var valid0 = _errs80 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.previous_response_id !== undefined){
let data34 = data.previous_response_id;
const _errs82 = errors;
if((typeof data34 !== "string") && (data34 !== null)){
validate22.errors = [{instancePath:instancePath+"/previous_response_id",schemaPath:"#/properties/previous_response_id/type",keyword:"type",params:{type: schema33.properties.previous_response_id.type}}];
return false;
}
var valid0 = _errs82 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prompt_cache_key !== undefined){
const _errs84 = errors;
if(typeof data.prompt_cache_key !== "string"){
validate22.errors = [{instancePath:instancePath+"/prompt_cache_key",schemaPath:"#/properties/prompt_cache_key/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs84 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.safety_identifier !== undefined){
const _errs86 = errors;
if(typeof data.safety_identifier !== "string"){
validate22.errors = [{instancePath:instancePath+"/safety_identifier",schemaPath:"#/properties/safety_identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs86 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs88 = errors;
if(typeof data.user !== "string"){
validate22.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs88 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stream !== undefined){
let data38 = data.stream;
const _errs90 = errors;
if((typeof data38 !== "boolean") && (data38 !== null)){
validate22.errors = [{instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: schema33.properties.stream.type}}];
return false;
}
var valid0 = _errs90 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stream_options !== undefined){
let data39 = data.stream_options;
const _errs92 = errors;
if((!(data39 && typeof data39 == "object" && !Array.isArray(data39))) && (data39 !== null)){
validate22.errors = [{instancePath:instancePath+"/stream_options",schemaPath:"#/properties/stream_options/type",keyword:"type",params:{type: schema33.properties.stream_options.type}}];
return false;
}
if(errors === _errs92){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.include_obfuscation !== undefined){
if(typeof data39.include_obfuscation !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/stream_options/include_obfuscation",schemaPath:"#/properties/stream_options/properties/include_obfuscation/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
}
}
}
var valid0 = _errs92 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.truncation !== undefined){
let data41 = data.truncation;
const _errs96 = errors;
if((typeof data41 !== "string") && (data41 !== null)){
validate22.errors = [{instancePath:instancePath+"/truncation",schemaPath:"#/properties/truncation/type",keyword:"type",params:{type: schema33.properties.truncation.type}}];
return false;
}
if(!(((data41 === "auto") || (data41 === "disabled")) || (data41 === null))){
validate22.errors = [{instancePath:instancePath+"/truncation",schemaPath:"#/properties/truncation/enum",keyword:"enum",params:{allowedValues: schema33.properties.truncation.enum}}];
return false;
}
var valid0 = _errs96 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_tier !== undefined){
let data42 = data.service_tier;
const _errs98 = errors;
if((typeof data42 !== "string") && (data42 !== null)){
validate22.errors = [{instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/type",keyword:"type",params:{type: schema33.properties.service_tier.type}}];
return false;
}
var valid0 = _errs98 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.background !== undefined){
let data43 = data.background;
const _errs100 = errors;
if((typeof data43 !== "boolean") && (data43 !== null)){
validate22.errors = [{instancePath:instancePath+"/background",schemaPath:"#/properties/background/type",keyword:"type",params:{type: schema33.properties.background.type}}];
return false;
}
var valid0 = _errs100 === errors;
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
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"model":true,"input":true,"instructions":true,"tools":true,"tool_choice":true,"parallel_tool_calls":true,"reasoning":true,"text":true,"max_output_tokens":true,"temperature":true,"top_p":true,"metadata":true,"include":true,"store":true,"previous_response_id":true,"prompt_cache_key":true,"safety_identifier":true,"user":true,"stream":true,"stream_options":true,"truncation":true,"service_tier":true,"background":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/responses/operations/createResponse/body" */;
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
validate20.evaluated = {"props":{"model":true,"input":true,"instructions":true,"tools":true,"tool_choice":true,"parallel_tool_calls":true,"reasoning":true,"text":true,"max_output_tokens":true,"temperature":true,"top_p":true,"metadata":true,"include":true,"store":true,"previous_response_id":true,"prompt_cache_key":true,"safety_identifier":true,"user":true,"stream":true,"stream_options":true,"truncation":true,"service_tier":true,"background":true},"dynamicProps":false,"dynamicItems":false};

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

export const validateCreateResponseBody = wrapValidator(raw_validateCreateResponseBody);
export const validateDeleteResponseParams = wrapValidator(raw_validateDeleteResponseParams);
export const validateListResponseInputItemsParams = wrapValidator(raw_validateListResponseInputItemsParams);
export const validateListResponseInputItemsQuery = wrapValidator(raw_validateListResponseInputItemsQuery);
export const validateRetrieveResponseParams = wrapValidator(raw_validateRetrieveResponseParams);
export const validateRetrieveResponseQuery = wrapValidator(raw_validateRetrieveResponseQuery);
