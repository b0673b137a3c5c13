// Generated from spec/openapi/anthropic.yaml by spec/codegen — do not edit.
// Request validators: Ajv standalone code (JSON Schema 2020-12) compiled at generate time.
import * as __ajvModule0 from 'ajv/dist/runtime/ucs2length.js';
import { raw_validateCreateMessageQuery, raw_validateCountTokensQuery, raw_validateListModelsQuery, raw_validateRetrieveModelParams } from './validators-params.gen.js';

function __commonJs(ns) {
  const d = ns.default;
  return d !== null && (typeof d === 'object' || typeof d === 'function') && d.__esModule ? d : ns;
}
const __ajvRuntime0 = __commonJs(__ajvModule0);

const raw_validateCreateMessageBody = validate20;
const schema31 = {"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CreateMessageRequest","$id":"https://schemas.nexusflow.invalid/anthropic/operations/createMessage/body"};
const schema33 = {"type":"object","required":["model","max_tokens","messages"],"properties":{"model":{"type":"string","minLength":1},"max_tokens":{"type":"integer","minimum":1},"messages":{"type":"array","minItems":1,"items":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/MessageParam"}},"system":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/SystemPrompt"},"tools":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/Tool"}},"tool_choice":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoice"},"stop_sequences":{"type":"array","items":{"type":"string"}},"temperature":{"type":"number","minimum":0,"maximum":1},"top_p":{"type":"number","minimum":0,"maximum":1},"top_k":{"type":"integer","minimum":0},"metadata":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/Metadata"},"stream":{"type":"boolean"},"thinking":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfig"},"output_config":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig"},"service_tier":{"type":"string"}}};
const schema56 = {"type":"object","properties":{"user_id":{"type":["string","null"],"maxLength":256}}};
const schema61 = {"type":"object","properties":{"effort":{"type":"string"},"format":{"type":"object","required":["type"],"properties":{"type":{"type":"string"},"schema":{"type":"object"}}}}};
const func1 = __ajvRuntime0.default;
const schema34 = {"type":"object","required":["role","content"],"properties":{"role":{"type":"string","enum":["user","assistant","system"]},"content":{"type":["string","array"],"items":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ContentBlockParam"}}}};
const schema35 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"allOf":[{"if":{"properties":{"type":{"const":"text"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/TextBlockParam"}},{"if":{"properties":{"type":{"const":"image"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ImageBlockParam"}},{"if":{"properties":{"type":{"const":"document"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/DocumentBlockParam"}},{"if":{"properties":{"type":{"const":"tool_use"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolUseBlockParam"}},{"if":{"properties":{"type":{"const":"tool_result"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolResultBlockParam"}},{"if":{"properties":{"type":{"const":"thinking"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingBlockParam"}},{"if":{"properties":{"type":{"const":"redacted_thinking"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/RedactedThinkingBlockParam"}}]};
const schema46 = {"type":"object","required":["type","thinking","signature"],"properties":{"type":{"type":"string","const":"thinking"},"thinking":{"type":"string"},"signature":{"type":"string"}}};
const schema47 = {"type":"object","required":["type","data"],"properties":{"type":{"type":"string","const":"redacted_thinking"},"data":{"type":"string"}}};
const schema36 = {"type":"object","required":["type","text"],"properties":{"type":{"type":"string","const":"text"},"text":{"type":"string"},"cache_control":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl"},"citations":{"type":["array","null"]}}};
const schema37 = {"type":["object","null"],"required":["type"],"properties":{"type":{"type":"string","const":"ephemeral"},"ttl":{"type":"string","enum":["5m","1h"]}}};

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
if(((data.type === undefined) && (missing0 = "type")) || ((data.text === undefined) && (missing0 = "text"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("text" !== data0){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "text"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
const _errs3 = errors;
if(typeof data.text !== "string"){
validate25.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data2 = data.cache_control;
const _errs5 = errors;
const _errs6 = errors;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)){
validate25.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/type",keyword:"type",params:{type: schema37.type}}];
return false;
}
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
validate25.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data2.type !== undefined){
let data3 = data2.type;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate25.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("ephemeral" !== data3){
validate25.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"}}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.ttl !== undefined){
let data4 = data2.ttl;
const _errs10 = errors;
if(typeof data4 !== "string"){
validate25.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/ttl/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data4 === "5m") || (data4 === "1h"))){
validate25.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema37.properties.ttl.enum}}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.citations !== undefined){
let data5 = data.citations;
const _errs12 = errors;
if((!(Array.isArray(data5))) && (data5 !== null)){
validate25.errors = [{instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/type",keyword:"type",params:{type: schema36.properties.citations.type}}];
return false;
}
var valid0 = _errs12 === errors;
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
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"type":true,"text":true,"cache_control":true,"citations":true},"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","required":["type","source"],"properties":{"type":{"type":"string","const":"image"},"source":{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["base64","url","file"]},"media_type":{"type":"string"},"data":{"type":"string"},"url":{"type":"string"},"file_id":{"type":"string"}}},"cache_control":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl"}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.source === undefined) && (missing0 = "source"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate27.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("image" !== data0){
validate27.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "image"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data1 = data.source;
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.type === undefined) && (missing1 = "type")){
validate27.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data1.type !== undefined){
let data2 = data1.type;
const _errs5 = errors;
if(typeof data2 !== "string"){
validate27.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data2 === "base64") || (data2 === "url")) || (data2 === "file"))){
validate27.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/properties/type/enum",keyword:"enum",params:{allowedValues: schema38.properties.source.properties.type.enum}}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.media_type !== undefined){
const _errs7 = errors;
if(typeof data1.media_type !== "string"){
validate27.errors = [{instancePath:instancePath+"/source/media_type",schemaPath:"#/properties/source/properties/media_type/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.data !== undefined){
const _errs9 = errors;
if(typeof data1.data !== "string"){
validate27.errors = [{instancePath:instancePath+"/source/data",schemaPath:"#/properties/source/properties/data/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.url !== undefined){
const _errs11 = errors;
if(typeof data1.url !== "string"){
validate27.errors = [{instancePath:instancePath+"/source/url",schemaPath:"#/properties/source/properties/url/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.file_id !== undefined){
const _errs13 = errors;
if(typeof data1.file_id !== "string"){
validate27.errors = [{instancePath:instancePath+"/source/file_id",schemaPath:"#/properties/source/properties/file_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs13 === errors;
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
validate27.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data7 = data.cache_control;
const _errs15 = errors;
const _errs16 = errors;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
validate27.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/type",keyword:"type",params:{type: schema37.type}}];
return false;
}
if(errors === _errs16){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((data7.type === undefined) && (missing2 = "type")){
validate27.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data7.type !== undefined){
let data8 = data7.type;
const _errs18 = errors;
if(typeof data8 !== "string"){
validate27.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("ephemeral" !== data8){
validate27.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"}}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.ttl !== undefined){
let data9 = data7.ttl;
const _errs20 = errors;
if(typeof data9 !== "string"){
validate27.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/ttl/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data9 === "5m") || (data9 === "1h"))){
validate27.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema37.properties.ttl.enum}}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"type":true,"source":true,"cache_control":true},"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"object","required":["type","source"],"properties":{"type":{"type":"string","const":"document"},"source":{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["base64","text","content","url","file"]}}},"title":{"type":["string","null"]},"context":{"type":["string","null"]},"citations":{"type":["object","null"]},"cache_control":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl"}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.source === undefined) && (missing0 = "source"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate29.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("document" !== data0){
validate29.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "document"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data1 = data.source;
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.type === undefined) && (missing1 = "type")){
validate29.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data1.type !== undefined){
let data2 = data1.type;
if(typeof data2 !== "string"){
validate29.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((data2 === "base64") || (data2 === "text")) || (data2 === "content")) || (data2 === "url")) || (data2 === "file"))){
validate29.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/properties/type/enum",keyword:"enum",params:{allowedValues: schema40.properties.source.properties.type.enum}}];
return false;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data3 = data.title;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate29.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: schema40.properties.title.type}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data4 = data.context;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate29.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: schema40.properties.context.type}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.citations !== undefined){
let data5 = data.citations;
const _errs11 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate29.errors = [{instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/type",keyword:"type",params:{type: schema40.properties.citations.type}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data6 = data.cache_control;
const _errs13 = errors;
const _errs14 = errors;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
validate29.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/type",keyword:"type",params:{type: schema37.type}}];
return false;
}
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if((data6.type === undefined) && (missing2 = "type")){
validate29.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data6.type !== undefined){
let data7 = data6.type;
const _errs16 = errors;
if(typeof data7 !== "string"){
validate29.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("ephemeral" !== data7){
validate29.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"}}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.ttl !== undefined){
let data8 = data6.ttl;
const _errs18 = errors;
if(typeof data8 !== "string"){
validate29.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/ttl/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data8 === "5m") || (data8 === "1h"))){
validate29.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema37.properties.ttl.enum}}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
var valid0 = _errs13 === errors;
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
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"type":true,"source":true,"title":true,"context":true,"citations":true,"cache_control":true},"dynamicProps":false,"dynamicItems":false};

const schema42 = {"type":"object","required":["type","id","name","input"],"properties":{"type":{"type":"string","const":"tool_use"},"id":{"type":"string"},"name":{"type":"string"},"input":{"type":"object"},"cache_control":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl"}}};

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
if(((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.input === undefined) && (missing0 = "input"))){
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
if("tool_use" !== data0){
validate31.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "tool_use"}}];
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
if(data.name !== undefined){
const _errs5 = errors;
if(typeof data.name !== "string"){
validate31.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
let data3 = data.input;
const _errs7 = errors;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
validate31.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data4 = data.cache_control;
const _errs9 = errors;
const _errs10 = errors;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){
validate31.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/type",keyword:"type",params:{type: schema37.type}}];
return false;
}
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.type === undefined) && (missing1 = "type")){
validate31.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data4.type !== undefined){
let data5 = data4.type;
const _errs12 = errors;
if(typeof data5 !== "string"){
validate31.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("ephemeral" !== data5){
validate31.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"}}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.ttl !== undefined){
let data6 = data4.ttl;
const _errs14 = errors;
if(typeof data6 !== "string"){
validate31.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/ttl/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data6 === "5m") || (data6 === "1h"))){
validate31.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema37.properties.ttl.enum}}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
}
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
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"type":true,"id":true,"name":true,"input":true,"cache_control":true},"dynamicProps":false,"dynamicItems":false};

const schema44 = {"type":"object","required":["type","tool_use_id"],"properties":{"type":{"type":"string","const":"tool_result"},"tool_use_id":{"type":"string"},"content":{"type":["string","array"],"items":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ContentBlockParam"}},"is_error":{"type":"boolean"},"cache_control":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl"}}};
const wrapper0 = {validate: validate24};

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
if(((data.type === undefined) && (missing0 = "type")) || ((data.tool_use_id === undefined) && (missing0 = "tool_use_id"))){
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
if("tool_result" !== data0){
validate33.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "tool_result"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_use_id !== undefined){
const _errs3 = errors;
if(typeof data.tool_use_id !== "string"){
validate33.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data2 = data.content;
const _errs5 = errors;
if((typeof data2 !== "string") && (!(Array.isArray(data2)))){
validate33.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: schema44.properties.content.type}}];
return false;
}
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(wrapper0.validate(data2[i0], {instancePath:instancePath+"/content/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.is_error !== undefined){
const _errs8 = errors;
if(typeof data.is_error !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/is_error",schemaPath:"#/properties/is_error/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data5 = data.cache_control;
const _errs10 = errors;
const _errs11 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate33.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/type",keyword:"type",params:{type: schema37.type}}];
return false;
}
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.type === undefined) && (missing1 = "type")){
validate33.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data5.type !== undefined){
let data6 = data5.type;
const _errs13 = errors;
if(typeof data6 !== "string"){
validate33.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("ephemeral" !== data6){
validate33.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"}}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.ttl !== undefined){
let data7 = data5.ttl;
const _errs15 = errors;
if(typeof data7 !== "string"){
validate33.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/ttl/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data7 === "5m") || (data7 === "1h"))){
validate33.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema37.properties.ttl.enum}}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
var valid0 = _errs10 === errors;
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
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"type":true,"tool_use_id":true,"content":true,"is_error":true,"cache_control":true},"dynamicProps":false,"dynamicItems":false};


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
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.type = true;
props0.text = true;
props0.cache_control = true;
props0.citations = true;
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
validate24.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs6 = errors;
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
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
if("image" !== data.type){
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
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
if(valid3){
var props1 = {};
props1.type = true;
props1.source = true;
props1.cache_control = true;
}
}
if(!valid3){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate24.errors = vErrors;
return false;
}
var valid0 = _errs6 === errors;
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
const _errs11 = errors;
const _errs12 = errors;
let valid5 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
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
if("document" !== data.type){
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
var _valid2 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs15 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid2 = _errs15 === errors;
valid5 = _valid2;
if(valid5){
var props2 = {};
props2.type = true;
props2.source = true;
props2.title = true;
props2.context = true;
props2.citations = true;
props2.cache_control = true;
}
}
if(!valid5){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate24.errors = vErrors;
return false;
}
var valid0 = _errs11 === errors;
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
const _errs16 = errors;
const _errs17 = errors;
let valid7 = true;
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
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
if("tool_use" !== data.type){
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
var _valid3 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs20 = errors;
if(!(validate31(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var _valid3 = _errs20 === errors;
valid7 = _valid3;
if(valid7){
var props3 = {};
props3.type = true;
props3.id = true;
props3.name = true;
props3.input = true;
props3.cache_control = true;
}
}
if(!valid7){
const err11 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate24.errors = vErrors;
return false;
}
var valid0 = _errs16 === errors;
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
const _errs21 = errors;
const _errs22 = errors;
let valid9 = true;
const _errs23 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
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
if("tool_result" !== data.type){
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
var _valid4 = _errs23 === errors;
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs25 = errors;
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var _valid4 = _errs25 === errors;
valid9 = _valid4;
if(valid9){
var props4 = {};
props4.type = true;
props4.tool_use_id = true;
props4.content = true;
props4.is_error = true;
props4.cache_control = true;
}
}
if(!valid9){
const err14 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate24.errors = vErrors;
return false;
}
var valid0 = _errs21 === errors;
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
const _errs26 = errors;
const _errs27 = errors;
let valid11 = true;
const _errs28 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.type !== undefined){
if("thinking" !== data.type){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
var _valid5 = _errs28 === errors;
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((((data.type === undefined) && (missing6 = "type")) || ((data.thinking === undefined) && (missing6 = "thinking"))) || ((data.signature === undefined) && (missing6 = "signature"))){
validate24.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingBlockParam/required",keyword:"required",params:{missingProperty: missing6}}];
return false;
}
else {
if(data.type !== undefined){
let data6 = data.type;
const _errs33 = errors;
if(typeof data6 !== "string"){
validate24.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingBlockParam/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("thinking" !== data6){
validate24.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingBlockParam/properties/type/const",keyword:"const",params:{allowedValue: "thinking"}}];
return false;
}
var valid14 = _errs33 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.thinking !== undefined){
const _errs35 = errors;
if(typeof data.thinking !== "string"){
validate24.errors = [{instancePath:instancePath+"/thinking",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingBlockParam/properties/thinking/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid14 = _errs35 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.signature !== undefined){
const _errs37 = errors;
if(typeof data.signature !== "string"){
validate24.errors = [{instancePath:instancePath+"/signature",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingBlockParam/properties/signature/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid14 = _errs37 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingBlockParam/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid5 = _errs30 === errors;
valid11 = _valid5;
if(valid11){
var props5 = {};
props5.type = true;
props5.thinking = true;
props5.signature = true;
}
}
if(!valid11){
const err17 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
validate24.errors = vErrors;
return false;
}
var valid0 = _errs26 === errors;
if(valid0){
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs39 = errors;
const _errs40 = errors;
let valid15 = true;
const _errs41 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.type === undefined) && (missing7 = "type")){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
if(data.type !== undefined){
if("redacted_thinking" !== data.type){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
var _valid6 = _errs41 === errors;
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs43 = errors;
const _errs44 = errors;
if(errors === _errs44){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if(((data.type === undefined) && (missing8 = "type")) || ((data.data === undefined) && (missing8 = "data"))){
validate24.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/RedactedThinkingBlockParam/required",keyword:"required",params:{missingProperty: missing8}}];
return false;
}
else {
if(data.type !== undefined){
let data10 = data.type;
const _errs46 = errors;
if(typeof data10 !== "string"){
validate24.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/RedactedThinkingBlockParam/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("redacted_thinking" !== data10){
validate24.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/RedactedThinkingBlockParam/properties/type/const",keyword:"const",params:{allowedValue: "redacted_thinking"}}];
return false;
}
var valid18 = _errs46 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data.data !== undefined){
const _errs48 = errors;
if(typeof data.data !== "string"){
validate24.errors = [{instancePath:instancePath+"/data",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/RedactedThinkingBlockParam/properties/data/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid18 = _errs48 === errors;
}
else {
var valid18 = true;
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/RedactedThinkingBlockParam/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid6 = _errs43 === errors;
valid15 = _valid6;
if(valid15){
var props6 = {};
props6.type = true;
props6.data = true;
}
}
if(!valid15){
const err20 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
validate24.errors = vErrors;
return false;
}
var valid0 = _errs39 === errors;
if(valid0){
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
}
}
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.type === undefined) && (missing9 = "type")){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing9}}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
validate24.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
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
evaluated0.props = props0;
return errors === 0;
}
validate24.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.role !== undefined){
let data0 = data.role;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate23.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data0 === "user") || (data0 === "assistant")) || (data0 === "system"))){
validate23.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema34.properties.role.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs3 = errors;
if((typeof data1 !== "string") && (!(Array.isArray(data1)))){
validate23.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: schema34.properties.content.type}}];
return false;
}
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate24(data1[i0], {instancePath:instancePath+"/content/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"role":true,"content":true},"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":["string","array"],"items":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/TextBlockParam"}};

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
if((typeof data !== "string") && (!(Array.isArray(data)))){
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema48.type}}];
return false;
}
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate25(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1},"description":{"type":"string"},"input_schema":{"type":"object"},"type":{"type":["string","null"]},"strict":{"type":"boolean"},"cache_control":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl"}},"if":{"properties":{"type":{"enum":["custom",null]}}},"then":{"required":["input_schema"],"properties":{"input_schema":{"type":"object"}}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data0 = data.type;
if(!((data0 === "custom") || (data0 === null))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.input_schema === undefined) && (missing0 = "input_schema")){
validate40.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.input_schema !== undefined){
let data1 = data.input_schema;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
validate40.errors = [{instancePath:instancePath+"/input_schema",schemaPath:"#/then/properties/input_schema/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.input_schema = true;
props0.type = true;
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate40.errors = vErrors;
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.name === undefined) && (missing1 = "name")){
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.name = true;
props0.description = true;
props0.input_schema = true;
props0.type = true;
props0.strict = true;
props0.cache_control = true;
}
if(data.name !== undefined){
let data2 = data.name;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate40.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate40.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.description !== undefined){
const _errs9 = errors;
if(typeof data.description !== "string"){
validate40.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.input_schema !== undefined){
let data4 = data.input_schema;
const _errs11 = errors;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
validate40.errors = [{instancePath:instancePath+"/input_schema",schemaPath:"#/properties/input_schema/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.type !== undefined){
let data5 = data.type;
const _errs13 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate40.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: schema49.properties.type.type}}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.strict !== undefined){
const _errs15 = errors;
if(typeof data.strict !== "boolean"){
validate40.errors = [{instancePath:instancePath+"/strict",schemaPath:"#/properties/strict/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.cache_control !== undefined){
let data7 = data.cache_control;
const _errs17 = errors;
const _errs18 = errors;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
validate40.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/type",keyword:"type",params:{type: schema37.type}}];
return false;
}
if(errors === _errs18){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((data7.type === undefined) && (missing2 = "type")){
validate40.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data7.type !== undefined){
let data8 = data7.type;
const _errs20 = errors;
if(typeof data8 !== "string"){
validate40.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("ephemeral" !== data8){
validate40.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"}}];
return false;
}
var valid5 = _errs20 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.ttl !== undefined){
let data9 = data7.ttl;
const _errs22 = errors;
if(typeof data9 !== "string"){
validate40.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/ttl/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data9 === "5m") || (data9 === "1h"))){
validate40.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema37.properties.ttl.enum}}];
return false;
}
var valid5 = _errs22 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate40.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate40.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema51 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["auto","any","tool","none"]}},"allOf":[{"if":{"properties":{"type":{"const":"auto"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceAuto"}},{"if":{"properties":{"type":{"const":"any"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceAny"}},{"if":{"properties":{"type":{"const":"tool"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceTool"}},{"if":{"properties":{"type":{"const":"none"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceNone"}}]};
const schema52 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","const":"auto"},"disable_parallel_tool_use":{"type":"boolean"}}};
const schema53 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","const":"any"},"disable_parallel_tool_use":{"type":"boolean"}}};
const schema54 = {"type":"object","required":["type","name"],"properties":{"type":{"type":"string","const":"tool"},"name":{"type":"string"},"disable_parallel_tool_use":{"type":"boolean"}}};
const schema55 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","const":"none"}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
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
if("auto" !== data.type){
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
validate42.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceAuto/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data.type !== undefined){
let data1 = data.type;
const _errs8 = errors;
if(typeof data1 !== "string"){
validate42.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceAuto/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("auto" !== data1){
validate42.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceAuto/properties/type/const",keyword:"const",params:{allowedValue: "auto"}}];
return false;
}
var valid4 = _errs8 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.disable_parallel_tool_use !== undefined){
const _errs10 = errors;
if(typeof data.disable_parallel_tool_use !== "boolean"){
validate42.errors = [{instancePath:instancePath+"/disable_parallel_tool_use",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceAuto/properties/disable_parallel_tool_use/type",keyword:"type",params:{type: "boolean"}}];
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
validate42.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceAuto/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.type = true;
props0.disable_parallel_tool_use = true;
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
validate42.errors = vErrors;
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
if("any" !== data.type){
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
validate42.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceAny/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
if(data.type !== undefined){
let data4 = data.type;
const _errs19 = errors;
if(typeof data4 !== "string"){
validate42.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceAny/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("any" !== data4){
validate42.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceAny/properties/type/const",keyword:"const",params:{allowedValue: "any"}}];
return false;
}
var valid8 = _errs19 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.disable_parallel_tool_use !== undefined){
const _errs21 = errors;
if(typeof data.disable_parallel_tool_use !== "boolean"){
validate42.errors = [{instancePath:instancePath+"/disable_parallel_tool_use",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceAny/properties/disable_parallel_tool_use/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid8 = _errs21 === errors;
}
else {
var valid8 = true;
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceAny/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid1 = _errs16 === errors;
valid5 = _valid1;
if(valid5){
var props1 = {};
props1.type = true;
props1.disable_parallel_tool_use = true;
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
validate42.errors = vErrors;
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
const _errs23 = errors;
const _errs24 = errors;
let valid9 = true;
const _errs25 = errors;
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
if("tool" !== data.type){
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
var _valid2 = _errs25 === errors;
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs27 = errors;
const _errs28 = errors;
if(errors === _errs28){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if(((data.type === undefined) && (missing5 = "type")) || ((data.name === undefined) && (missing5 = "name"))){
validate42.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceTool/required",keyword:"required",params:{missingProperty: missing5}}];
return false;
}
else {
if(data.type !== undefined){
let data7 = data.type;
const _errs30 = errors;
if(typeof data7 !== "string"){
validate42.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceTool/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("tool" !== data7){
validate42.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceTool/properties/type/const",keyword:"const",params:{allowedValue: "tool"}}];
return false;
}
var valid12 = _errs30 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.name !== undefined){
const _errs32 = errors;
if(typeof data.name !== "string"){
validate42.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceTool/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid12 = _errs32 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.disable_parallel_tool_use !== undefined){
const _errs34 = errors;
if(typeof data.disable_parallel_tool_use !== "boolean"){
validate42.errors = [{instancePath:instancePath+"/disable_parallel_tool_use",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceTool/properties/disable_parallel_tool_use/type",keyword:"type",params:{type: "boolean"}}];
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
else {
validate42.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceTool/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid2 = _errs27 === errors;
valid9 = _valid2;
if(valid9){
var props2 = {};
props2.type = true;
props2.name = true;
props2.disable_parallel_tool_use = true;
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
validate42.errors = vErrors;
return false;
}
var valid0 = _errs23 === errors;
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
const _errs36 = errors;
const _errs37 = errors;
let valid13 = true;
const _errs38 = errors;
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
if("none" !== data.type){
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
var _valid3 = _errs38 === errors;
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs40 = errors;
const _errs41 = errors;
if(errors === _errs41){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.type === undefined) && (missing7 = "type")){
validate42.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceNone/required",keyword:"required",params:{missingProperty: missing7}}];
return false;
}
else {
if(data.type !== undefined){
let data11 = data.type;
if(typeof data11 !== "string"){
validate42.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceNone/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("none" !== data11){
validate42.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceNone/properties/type/const",keyword:"const",params:{allowedValue: "none"}}];
return false;
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoiceNone/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid3 = _errs40 === errors;
valid13 = _valid3;
if(valid13){
var props3 = {};
props3.type = true;
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
validate42.errors = vErrors;
return false;
}
var valid0 = _errs36 === errors;
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
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.type === undefined) && (missing8 = "type")){
validate42.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing8}}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
let data12 = data.type;
if(typeof data12 !== "string"){
validate42.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((data12 === "auto") || (data12 === "any")) || (data12 === "tool")) || (data12 === "none"))){
validate42.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema51.properties.type.enum}}];
return false;
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate42.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate42.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema57 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"allOf":[{"if":{"properties":{"type":{"const":"enabled"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigEnabled"}},{"if":{"properties":{"type":{"const":"disabled"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigDisabled"}},{"if":{"properties":{"type":{"const":"adaptive"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigAdaptive"}}]};
const schema58 = {"type":"object","required":["type","budget_tokens"],"properties":{"type":{"type":"string","const":"enabled"},"budget_tokens":{"type":"integer","minimum":1},"display":{"type":"string","enum":["summarized","omitted"]}}};
const schema59 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","const":"disabled"}}};
const schema60 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","const":"adaptive"},"display":{"type":"string","enum":["summarized","omitted"]}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
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
if("enabled" !== data.type){
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
if(((data.type === undefined) && (missing1 = "type")) || ((data.budget_tokens === undefined) && (missing1 = "budget_tokens"))){
validate44.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigEnabled/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data.type !== undefined){
let data1 = data.type;
const _errs8 = errors;
if(typeof data1 !== "string"){
validate44.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigEnabled/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("enabled" !== data1){
validate44.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigEnabled/properties/type/const",keyword:"const",params:{allowedValue: "enabled"}}];
return false;
}
var valid4 = _errs8 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.budget_tokens !== undefined){
let data2 = data.budget_tokens;
const _errs10 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate44.errors = [{instancePath:instancePath+"/budget_tokens",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigEnabled/properties/budget_tokens/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs10){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate44.errors = [{instancePath:instancePath+"/budget_tokens",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigEnabled/properties/budget_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.display !== undefined){
let data3 = data.display;
const _errs12 = errors;
if(typeof data3 !== "string"){
validate44.errors = [{instancePath:instancePath+"/display",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigEnabled/properties/display/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data3 === "summarized") || (data3 === "omitted"))){
validate44.errors = [{instancePath:instancePath+"/display",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigEnabled/properties/display/enum",keyword:"enum",params:{allowedValues: schema58.properties.display.enum}}];
return false;
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigEnabled/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.type = true;
props0.budget_tokens = true;
props0.display = true;
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
validate44.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs14 = errors;
const _errs15 = errors;
let valid5 = true;
const _errs16 = errors;
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
if("disabled" !== data.type){
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
var _valid1 = _errs16 === errors;
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
validate44.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigDisabled/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
if(data.type !== undefined){
let data5 = data.type;
if(typeof data5 !== "string"){
validate44.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigDisabled/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("disabled" !== data5){
validate44.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigDisabled/properties/type/const",keyword:"const",params:{allowedValue: "disabled"}}];
return false;
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigDisabled/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid1 = _errs18 === errors;
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
validate44.errors = vErrors;
return false;
}
var valid0 = _errs14 === errors;
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
const _errs23 = errors;
const _errs24 = errors;
let valid9 = true;
const _errs25 = errors;
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
if("adaptive" !== data.type){
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
var _valid2 = _errs25 === errors;
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs27 = errors;
const _errs28 = errors;
if(errors === _errs28){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
validate44.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigAdaptive/required",keyword:"required",params:{missingProperty: missing5}}];
return false;
}
else {
if(data.type !== undefined){
let data7 = data.type;
const _errs30 = errors;
if(typeof data7 !== "string"){
validate44.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigAdaptive/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("adaptive" !== data7){
validate44.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigAdaptive/properties/type/const",keyword:"const",params:{allowedValue: "adaptive"}}];
return false;
}
var valid12 = _errs30 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.display !== undefined){
let data8 = data.display;
const _errs32 = errors;
if(typeof data8 !== "string"){
validate44.errors = [{instancePath:instancePath+"/display",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigAdaptive/properties/display/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data8 === "summarized") || (data8 === "omitted"))){
validate44.errors = [{instancePath:instancePath+"/display",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigAdaptive/properties/display/enum",keyword:"enum",params:{allowedValues: schema60.properties.display.enum}}];
return false;
}
var valid12 = _errs32 === errors;
}
else {
var valid12 = true;
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfigAdaptive/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid2 = _errs27 === errors;
valid9 = _valid2;
if(valid9){
var props2 = {};
props2.type = true;
props2.display = true;
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
validate44.errors = vErrors;
return false;
}
var valid0 = _errs23 === errors;
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
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing6}}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
validate44.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate44.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate44.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if((((data.model === undefined) && (missing0 = "model")) || ((data.max_tokens === undefined) && (missing0 = "max_tokens"))) || ((data.messages === undefined) && (missing0 = "messages"))){
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
if(data.max_tokens !== undefined){
let data1 = data.max_tokens;
const _errs3 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate22.errors = [{instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs3){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate22.errors = [{instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messages !== undefined){
let data2 = data.messages;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
if(data2.length < 1){
validate22.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(validate23(data2[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.system !== undefined){
const _errs8 = errors;
if(!(validate37(data.system, {instancePath:instancePath+"/system",parentData:data,parentDataProperty:"system",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data5 = data.tools;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data5)){
var valid2 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs11 = errors;
if(!(validate40(data5[i1], {instancePath:instancePath+"/tools/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_choice !== undefined){
const _errs12 = errors;
if(!(validate42(data.tool_choice, {instancePath:instancePath+"/tool_choice",parentData:data,parentDataProperty:"tool_choice",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stop_sequences !== undefined){
let data8 = data.stop_sequences;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data8)){
var valid3 = true;
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
const _errs15 = errors;
if(typeof data8[i2] !== "string"){
validate22.errors = [{instancePath:instancePath+"/stop_sequences/" + i2,schemaPath:"#/properties/stop_sequences/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/stop_sequences",schemaPath:"#/properties/stop_sequences/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.temperature !== undefined){
let data10 = data.temperature;
const _errs17 = errors;
if(errors === _errs17){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1 || isNaN(data10)){
validate22.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}}];
return false;
}
else {
if(data10 < 0 || isNaN(data10)){
validate22.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/type",keyword:"type",params:{type: "number"}}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.top_p !== undefined){
let data11 = data.top_p;
const _errs19 = errors;
if(errors === _errs19){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1 || isNaN(data11)){
validate22.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}}];
return false;
}
else {
if(data11 < 0 || isNaN(data11)){
validate22.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/type",keyword:"type",params:{type: "number"}}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.top_k !== undefined){
let data12 = data.top_k;
const _errs21 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate22.errors = [{instancePath:instancePath+"/top_k",schemaPath:"#/properties/top_k/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs21){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate22.errors = [{instancePath:instancePath+"/top_k",schemaPath:"#/properties/top_k/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data13 = data.metadata;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.user_id !== undefined){
let data14 = data13.user_id;
const _errs26 = errors;
if((typeof data14 !== "string") && (data14 !== null)){
validate22.errors = [{instancePath:instancePath+"/metadata/user_id",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/Metadata/properties/user_id/type",keyword:"type",params:{type: schema56.properties.user_id.type}}];
return false;
}
if(errors === _errs26){
if(typeof data14 === "string"){
if(func1(data14) > 256){
validate22.errors = [{instancePath:instancePath+"/metadata/user_id",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/Metadata/properties/user_id/maxLength",keyword:"maxLength",params:{limit: 256}}];
return false;
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/metadata",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/Metadata/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stream !== undefined){
const _errs28 = errors;
if(typeof data.stream !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thinking !== undefined){
const _errs30 = errors;
if(!(validate44(data.thinking, {instancePath:instancePath+"/thinking",parentData:data,parentDataProperty:"thinking",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output_config !== undefined){
let data17 = data.output_config;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.effort !== undefined){
const _errs34 = errors;
if(typeof data17.effort !== "string"){
validate22.errors = [{instancePath:instancePath+"/output_config/effort",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig/properties/effort/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs34 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data17.format !== undefined){
let data19 = data17.format;
const _errs36 = errors;
if(errors === _errs36){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing1;
if((data19.type === undefined) && (missing1 = "type")){
validate22.errors = [{instancePath:instancePath+"/output_config/format",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig/properties/format/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data19.type !== undefined){
const _errs38 = errors;
if(typeof data19.type !== "string"){
validate22.errors = [{instancePath:instancePath+"/output_config/format/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig/properties/format/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs38 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data19.schema !== undefined){
let data21 = data19.schema;
const _errs40 = errors;
if(!(data21 && typeof data21 == "object" && !Array.isArray(data21))){
validate22.errors = [{instancePath:instancePath+"/output_config/format/schema",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig/properties/format/properties/schema/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid8 = _errs40 === errors;
}
else {
var valid8 = true;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/output_config/format",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig/properties/format/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid7 = _errs36 === errors;
}
else {
var valid7 = true;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/output_config",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_tier !== undefined){
const _errs42 = errors;
if(typeof data.service_tier !== "string"){
validate22.errors = [{instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs42 === errors;
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
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"model":true,"max_tokens":true,"messages":true,"system":true,"tools":true,"tool_choice":true,"stop_sequences":true,"temperature":true,"top_p":true,"top_k":true,"metadata":true,"stream":true,"thinking":true,"output_config":true,"service_tier":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/anthropic/operations/createMessage/body" */;
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
validate20.evaluated = {"props":{"model":true,"max_tokens":true,"messages":true,"system":true,"tools":true,"tool_choice":true,"stop_sequences":true,"temperature":true,"top_p":true,"top_k":true,"metadata":true,"stream":true,"thinking":true,"output_config":true,"service_tier":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateCountTokensBody = validate47;
const schema62 = {"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/CountTokensRequest","$id":"https://schemas.nexusflow.invalid/anthropic/operations/countTokens/body"};
const schema63 = {"type":"object","required":["model","messages"],"properties":{"model":{"type":"string","minLength":1},"messages":{"type":"array","minItems":1,"items":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/MessageParam"}},"system":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/SystemPrompt"},"tools":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/Tool"}},"tool_choice":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ToolChoice"},"thinking":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/ThinkingConfig"},"output_config":{"$ref":"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig"}}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.model === undefined) && (missing0 = "model")) || ((data.messages === undefined) && (missing0 = "messages"))){
validate48.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.model !== undefined){
let data0 = data.model;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate48.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate48.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messages !== undefined){
let data1 = data.messages;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
if(data1.length < 1){
validate48.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate23(data1[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.system !== undefined){
const _errs6 = errors;
if(!(validate37(data.system, {instancePath:instancePath+"/system",parentData:data,parentDataProperty:"system",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data4 = data.tools;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data4)){
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs9 = errors;
if(!(validate40(data4[i1], {instancePath:instancePath+"/tools/" + i1,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_choice !== undefined){
const _errs10 = errors;
if(!(validate42(data.tool_choice, {instancePath:instancePath+"/tool_choice",parentData:data,parentDataProperty:"tool_choice",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thinking !== undefined){
const _errs11 = errors;
if(!(validate44(data.thinking, {instancePath:instancePath+"/thinking",parentData:data,parentDataProperty:"thinking",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output_config !== undefined){
let data8 = data.output_config;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.effort !== undefined){
const _errs15 = errors;
if(typeof data8.effort !== "string"){
validate48.errors = [{instancePath:instancePath+"/output_config/effort",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig/properties/effort/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.format !== undefined){
let data10 = data8.format;
const _errs17 = errors;
if(errors === _errs17){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if((data10.type === undefined) && (missing1 = "type")){
validate48.errors = [{instancePath:instancePath+"/output_config/format",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig/properties/format/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data10.type !== undefined){
const _errs19 = errors;
if(typeof data10.type !== "string"){
validate48.errors = [{instancePath:instancePath+"/output_config/format/type",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig/properties/format/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.schema !== undefined){
let data12 = data10.schema;
const _errs21 = errors;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
validate48.errors = [{instancePath:instancePath+"/output_config/format/schema",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig/properties/format/properties/schema/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/output_config/format",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig/properties/format/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/output_config",schemaPath:"https://schemas.nexusflow.invalid/anthropic.json#/$defs/OutputConfig/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs12 === errors;
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
else {
validate48.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":{"model":true,"messages":true,"system":true,"tools":true,"tool_choice":true,"thinking":true,"output_config":true},"dynamicProps":false,"dynamicItems":false};


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/anthropic/operations/countTokens/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate48(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":{"model":true,"messages":true,"system":true,"tools":true,"tool_choice":true,"thinking":true,"output_config":true},"dynamicProps":false,"dynamicItems":false};

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

export const validateCountTokensBody = wrapValidator(raw_validateCountTokensBody);
export const validateCountTokensQuery = wrapValidator(raw_validateCountTokensQuery);
export const validateCreateMessageBody = wrapValidator(raw_validateCreateMessageBody);
export const validateCreateMessageQuery = wrapValidator(raw_validateCreateMessageQuery);
export const validateListModelsQuery = wrapValidator(raw_validateListModelsQuery);
export const validateRetrieveModelParams = wrapValidator(raw_validateRetrieveModelParams);
