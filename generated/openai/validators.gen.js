// Generated from spec/openapi/openai.yaml by spec/codegen — do not edit.
// Request validators: Ajv standalone code (JSON Schema 2020-12) compiled at generate time.
import * as __ajvModule0 from 'ajv/dist/runtime/ucs2length.js';
import { raw_validateRetrieveModelParams } from './validators-params.gen.js';

function __commonJs(ns) {
  const d = ns.default;
  return d !== null && (typeof d === 'object' || typeof d === 'function') && d.__esModule ? d : ns;
}
const __ajvRuntime0 = __commonJs(__ajvModule0);

const raw_validateCreateChatCompletionBody = validate20;
const schema31 = {"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateChatCompletionRequest","$id":"https://schemas.nexusflow.invalid/openai/operations/createChatCompletion/body"};
const schema33 = {"type":"object","required":["model","messages"],"properties":{"model":{"type":"string","minLength":1},"messages":{"type":"array","minItems":1,"items":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestMessage"}},"tools":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionTool"}},"tool_choice":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionToolChoiceOption"},"parallel_tool_calls":{"type":"boolean"},"response_format":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormat"},"stream":{"type":["boolean","null"]},"stream_options":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionStreamOptions"},"max_tokens":{"type":["integer","null"],"minimum":1},"max_completion_tokens":{"type":["integer","null"],"minimum":1},"n":{"type":["integer","null"],"minimum":1,"maximum":128},"stop":{"type":["string","array","null"],"minItems":1,"maxItems":4,"items":{"type":"string"}},"temperature":{"type":["number","null"],"minimum":0,"maximum":2},"top_p":{"type":["number","null"],"minimum":0,"maximum":1},"seed":{"type":["integer","null"]},"user":{"type":"string"},"safety_identifier":{"type":["string","null"]},"prompt_cache_key":{"type":["string","null"]},"reasoning_effort":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ReasoningEffort"},"verbosity":{"type":["string","null"],"enum":["low","medium","high",null]},"frequency_penalty":{"type":["number","null"],"minimum":-2,"maximum":2},"presence_penalty":{"type":["number","null"],"minimum":-2,"maximum":2},"logit_bias":{"type":["object","null"],"additionalProperties":{"type":"integer","minimum":-100,"maximum":100}},"logprobs":{"type":["boolean","null"]},"top_logprobs":{"type":["integer","null"],"minimum":0,"maximum":20},"metadata":{"type":["object","null"],"maxProperties":16,"additionalProperties":{"type":"string","maxLength":512}},"store":{"type":["boolean","null"]},"service_tier":{"type":["string","null"],"enum":["auto","default","flex","scale","priority",null]},"modalities":{"type":["array","null"],"items":{"type":"string","enum":["text","audio"]}},"audio":{"type":["object","null"],"required":["voice","format"],"properties":{"voice":{"type":["string","object"]},"format":{"type":"string","enum":["wav","aac","mp3","flac","opus","pcm16"]}}},"prediction":{"type":["object","null"],"required":["type","content"],"properties":{"type":{"type":"string","const":"content"},"content":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionTextContent"}}},"web_search_options":{"type":"object"},"functions":{"type":"array","minItems":1,"maxItems":128,"items":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition"}},"function_call":{"anyOf":[{"type":"string","enum":["none","auto"]},{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}}]}}};
const schema69 = {"type":["object","null"],"properties":{"include_usage":{"type":"boolean"},"include_obfuscation":{"type":"boolean"}}};
const schema70 = {"type":["string","null"],"enum":["none","minimal","low","medium","high","xhigh","max",null]};
const schema58 = {"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":64},"description":{"type":"string"},"parameters":{"type":"object"},"strict":{"type":["boolean","null"]}}};
const func1 = __ajvRuntime0.default;
const schema34 = {"type":"object","required":["role"],"properties":{"role":{"type":"string","enum":["developer","system","user","assistant","tool","function"]}},"allOf":[{"if":{"properties":{"role":{"const":"developer"}},"required":["role"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestDeveloperMessage"}},{"if":{"properties":{"role":{"const":"system"}},"required":["role"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestSystemMessage"}},{"if":{"properties":{"role":{"const":"user"}},"required":["role"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestUserMessage"}},{"if":{"properties":{"role":{"const":"assistant"}},"required":["role"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestAssistantMessage"}},{"if":{"properties":{"role":{"const":"tool"}},"required":["role"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestToolMessage"}},{"if":{"properties":{"role":{"const":"function"}},"required":["role"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestFunctionMessage"}}]};
const schema55 = {"type":"object","required":["role","content","name"],"properties":{"role":{"type":"string","const":"function"},"content":{"type":["string","null"]},"name":{"type":"string"}}};
const schema35 = {"type":"object","required":["role","content"],"properties":{"role":{"type":"string","const":"developer"},"content":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionTextContent"},"name":{"type":"string"}}};
const schema36 = {"type":["string","array"],"items":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestMessageContentPartText"}};
const schema37 = {"type":"object","required":["type","text"],"properties":{"type":{"type":"string","const":"text"},"text":{"type":"string"},"prompt_cache_breakpoint":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint"}}};
const schema38 = {"type":"object","required":["mode"],"properties":{"mode":{"type":"string","const":"explicit"}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
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
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate26.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("text" !== data0){
validate26.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "text"}}];
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
validate26.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prompt_cache_breakpoint !== undefined){
let data2 = data.prompt_cache_breakpoint;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.mode === undefined) && (missing1 = "mode")){
validate26.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data2.mode !== undefined){
let data3 = data2.mode;
if(typeof data3 !== "string"){
validate26.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/properties/mode/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("explicit" !== data3){
validate26.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"}}];
return false;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"type":true,"text":true,"prompt_cache_breakpoint":true},"dynamicProps":false,"dynamicItems":false};


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
if((typeof data !== "string") && (!(Array.isArray(data)))){
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema36.type}}];
return false;
}
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate26(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.role !== undefined){
let data0 = data.role;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate24.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("developer" !== data0){
validate24.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "developer"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
const _errs3 = errors;
if(!(validate25(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate24.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
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
validate24.evaluated = {"props":{"role":true,"content":true,"name":true},"dynamicProps":false,"dynamicItems":false};

const schema39 = {"type":"object","required":["role","content"],"properties":{"role":{"type":"string","const":"system"},"content":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionTextContent"},"name":{"type":"string"}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
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
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.role !== undefined){
let data0 = data.role;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate30.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("system" !== data0){
validate30.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "system"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
const _errs3 = errors;
if(!(validate25(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate30.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"role":true,"content":true,"name":true},"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"object","required":["role","content"],"properties":{"role":{"type":"string","const":"user"},"content":{"type":["string","array"],"items":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestUserMessageContentPart"}},"name":{"type":"string"}}};
const schema41 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"allOf":[{"if":{"properties":{"type":{"const":"text"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestMessageContentPartText"}},{"if":{"properties":{"type":{"const":"image_url"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestMessageContentPartImage"}},{"if":{"properties":{"type":{"const":"input_audio"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestMessageContentPartAudio"}},{"if":{"properties":{"type":{"const":"file"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestMessageContentPartFile"}}]};
const schema42 = {"type":"object","required":["type","image_url"],"properties":{"type":{"type":"string","const":"image_url"},"image_url":{"type":"object","required":["url"],"properties":{"url":{"type":"string"},"detail":{"type":"string","enum":["auto","low","high"]}}},"prompt_cache_breakpoint":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint"}}};

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
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.image_url === undefined) && (missing0 = "image_url"))){
validate36.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate36.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("image_url" !== data0){
validate36.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "image_url"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.image_url !== undefined){
let data1 = data.image_url;
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.url === undefined) && (missing1 = "url")){
validate36.errors = [{instancePath:instancePath+"/image_url",schemaPath:"#/properties/image_url/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data1.url !== undefined){
const _errs5 = errors;
if(typeof data1.url !== "string"){
validate36.errors = [{instancePath:instancePath+"/image_url/url",schemaPath:"#/properties/image_url/properties/url/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.detail !== undefined){
let data3 = data1.detail;
const _errs7 = errors;
if(typeof data3 !== "string"){
validate36.errors = [{instancePath:instancePath+"/image_url/detail",schemaPath:"#/properties/image_url/properties/detail/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data3 === "auto") || (data3 === "low")) || (data3 === "high"))){
validate36.errors = [{instancePath:instancePath+"/image_url/detail",schemaPath:"#/properties/image_url/properties/detail/enum",keyword:"enum",params:{allowedValues: schema42.properties.image_url.properties.detail.enum}}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/image_url",schemaPath:"#/properties/image_url/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prompt_cache_breakpoint !== undefined){
let data4 = data.prompt_cache_breakpoint;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if((data4.mode === undefined) && (missing2 = "mode")){
validate36.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data4.mode !== undefined){
let data5 = data4.mode;
if(typeof data5 !== "string"){
validate36.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/properties/mode/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("explicit" !== data5){
validate36.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"}}];
return false;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/type",keyword:"type",params:{type: "object"}}];
return false;
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
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"type":true,"image_url":true,"prompt_cache_breakpoint":true},"dynamicProps":false,"dynamicItems":false};

const schema44 = {"type":"object","required":["type","input_audio"],"properties":{"type":{"type":"string","const":"input_audio"},"input_audio":{"type":"object","required":["data","format"],"properties":{"data":{"type":"string"},"format":{"type":"string","enum":["wav","mp3"]}}},"prompt_cache_breakpoint":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint"}}};

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
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.input_audio === undefined) && (missing0 = "input_audio"))){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate38.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("input_audio" !== data0){
validate38.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "input_audio"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input_audio !== undefined){
let data1 = data.input_audio;
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.data === undefined) && (missing1 = "data")) || ((data1.format === undefined) && (missing1 = "format"))){
validate38.errors = [{instancePath:instancePath+"/input_audio",schemaPath:"#/properties/input_audio/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data1.data !== undefined){
const _errs5 = errors;
if(typeof data1.data !== "string"){
validate38.errors = [{instancePath:instancePath+"/input_audio/data",schemaPath:"#/properties/input_audio/properties/data/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.format !== undefined){
let data3 = data1.format;
const _errs7 = errors;
if(typeof data3 !== "string"){
validate38.errors = [{instancePath:instancePath+"/input_audio/format",schemaPath:"#/properties/input_audio/properties/format/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data3 === "wav") || (data3 === "mp3"))){
validate38.errors = [{instancePath:instancePath+"/input_audio/format",schemaPath:"#/properties/input_audio/properties/format/enum",keyword:"enum",params:{allowedValues: schema44.properties.input_audio.properties.format.enum}}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/input_audio",schemaPath:"#/properties/input_audio/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prompt_cache_breakpoint !== undefined){
let data4 = data.prompt_cache_breakpoint;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if((data4.mode === undefined) && (missing2 = "mode")){
validate38.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data4.mode !== undefined){
let data5 = data4.mode;
if(typeof data5 !== "string"){
validate38.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/properties/mode/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("explicit" !== data5){
validate38.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"}}];
return false;
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/type",keyword:"type",params:{type: "object"}}];
return false;
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
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":{"type":true,"input_audio":true,"prompt_cache_breakpoint":true},"dynamicProps":false,"dynamicItems":false};

const schema46 = {"type":"object","required":["type","file"],"properties":{"type":{"type":"string","const":"file"},"file":{"type":"object","properties":{"file_data":{"type":"string"},"file_id":{"type":"string"},"filename":{"type":"string"}}},"prompt_cache_breakpoint":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint"}}};

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
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.file === undefined) && (missing0 = "file"))){
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate40.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("file" !== data0){
validate40.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "file"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.file !== undefined){
let data1 = data.file;
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.file_data !== undefined){
const _errs5 = errors;
if(typeof data1.file_data !== "string"){
validate40.errors = [{instancePath:instancePath+"/file/file_data",schemaPath:"#/properties/file/properties/file_data/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.file_id !== undefined){
const _errs7 = errors;
if(typeof data1.file_id !== "string"){
validate40.errors = [{instancePath:instancePath+"/file/file_id",schemaPath:"#/properties/file/properties/file_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.filename !== undefined){
const _errs9 = errors;
if(typeof data1.filename !== "string"){
validate40.errors = [{instancePath:instancePath+"/file/filename",schemaPath:"#/properties/file/properties/filename/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prompt_cache_breakpoint !== undefined){
let data5 = data.prompt_cache_breakpoint;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.mode === undefined) && (missing1 = "mode")){
validate40.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data5.mode !== undefined){
let data6 = data5.mode;
if(typeof data6 !== "string"){
validate40.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/properties/mode/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("explicit" !== data6){
validate40.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"}}];
return false;
}
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/PromptCacheBreakpoint/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
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
return errors === 0;
}
validate40.evaluated = {"props":{"type":true,"file":true,"prompt_cache_breakpoint":true},"dynamicProps":false,"dynamicItems":false};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
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
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.type = true;
props0.text = true;
props0.prompt_cache_breakpoint = true;
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
validate34.errors = vErrors;
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
if("image_url" !== data.type){
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
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
if(valid3){
var props1 = {};
props1.type = true;
props1.image_url = true;
props1.prompt_cache_breakpoint = true;
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
validate34.errors = vErrors;
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
if("input_audio" !== data.type){
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
if(!(validate38(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var _valid2 = _errs15 === errors;
valid5 = _valid2;
if(valid5){
var props2 = {};
props2.type = true;
props2.input_audio = true;
props2.prompt_cache_breakpoint = true;
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
validate34.errors = vErrors;
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
if("file" !== data.type){
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
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var _valid3 = _errs20 === errors;
valid7 = _valid3;
if(valid7){
var props3 = {};
props3.type = true;
props3.file = true;
props3.prompt_cache_breakpoint = true;
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
validate34.errors = vErrors;
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
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4}}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
validate34.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate34.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate34.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if(((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.role !== undefined){
let data0 = data.role;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate33.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("user" !== data0){
validate33.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "user"}}];
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
validate33.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: schema40.properties.content.type}}];
return false;
}
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate34(data1[i0], {instancePath:instancePath+"/content/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
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
if(valid0){
if(data.name !== undefined){
const _errs6 = errors;
if(typeof data.name !== "string"){
validate33.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
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
validate33.evaluated = {"props":{"role":true,"content":true,"name":true},"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"object","required":["role"],"properties":{"role":{"type":"string","const":"assistant"},"content":{"type":["string","array","null"],"items":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestAssistantMessageContentPart"}},"refusal":{"type":["string","null"]},"name":{"type":"string"},"audio":{"type":["object","null"],"required":["id"],"properties":{"id":{"type":"string"}}},"tool_calls":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageToolCall"}},"function_call":{"type":["object","null"],"required":["name","arguments"],"properties":{"name":{"type":"string"},"arguments":{"type":"string"}}}}};
const schema49 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["text","refusal"]}},"allOf":[{"if":{"properties":{"type":{"const":"text"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestMessageContentPartText"}},{"if":{"properties":{"type":{"const":"refusal"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestMessageContentPartRefusal"}}]};
const schema50 = {"type":"object","required":["type","refusal"],"properties":{"type":{"type":"string","const":"refusal"},"refusal":{"type":"string"}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
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
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.type = true;
props0.text = true;
props0.prompt_cache_breakpoint = true;
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
validate45.errors = vErrors;
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
if("refusal" !== data.type){
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
const _errs11 = errors;
if(errors === _errs11){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.type === undefined) && (missing2 = "type")) || ((data.refusal === undefined) && (missing2 = "refusal"))){
validate45.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestMessageContentPartRefusal/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data.type !== undefined){
let data2 = data.type;
const _errs13 = errors;
if(typeof data2 !== "string"){
validate45.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestMessageContentPartRefusal/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("refusal" !== data2){
validate45.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestMessageContentPartRefusal/properties/type/const",keyword:"const",params:{allowedValue: "refusal"}}];
return false;
}
var valid6 = _errs13 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.refusal !== undefined){
const _errs15 = errors;
if(typeof data.refusal !== "string"){
validate45.errors = [{instancePath:instancePath+"/refusal",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestMessageContentPartRefusal/properties/refusal/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestMessageContentPartRefusal/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
if(valid3){
var props1 = {};
props1.type = true;
props1.refusal = true;
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
validate45.errors = vErrors;
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
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
let data4 = data.type;
if(typeof data4 !== "string"){
validate45.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data4 === "text") || (data4 === "refusal"))){
validate45.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema49.properties.type.enum}}];
return false;
}
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate45.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate45.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema51 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["function","custom"]}},"allOf":[{"if":{"properties":{"type":{"const":"function"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageFunctionToolCall"}},{"if":{"properties":{"type":{"const":"custom"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageCustomToolCall"}}]};
const schema52 = {"type":"object","required":["id","type","function"],"properties":{"id":{"type":"string"},"type":{"type":"string","const":"function"},"function":{"type":"object","required":["name","arguments"],"properties":{"name":{"type":"string"},"arguments":{"type":"string"}}}}};
const schema53 = {"type":"object","required":["id","type","custom"],"properties":{"id":{"type":"string"},"type":{"type":"string","const":"custom"},"custom":{"type":"object","required":["name","input"],"properties":{"name":{"type":"string"},"input":{"type":"string"}}}}};

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
if("function" !== data.type){
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
if((((data.id === undefined) && (missing1 = "id")) || ((data.type === undefined) && (missing1 = "type"))) || ((data.function === undefined) && (missing1 = "function"))){
validate48.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageFunctionToolCall/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data.id !== undefined){
const _errs8 = errors;
if(typeof data.id !== "string"){
validate48.errors = [{instancePath:instancePath+"/id",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageFunctionToolCall/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs8 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.type !== undefined){
let data2 = data.type;
const _errs10 = errors;
if(typeof data2 !== "string"){
validate48.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageFunctionToolCall/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("function" !== data2){
validate48.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageFunctionToolCall/properties/type/const",keyword:"const",params:{allowedValue: "function"}}];
return false;
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.function !== undefined){
let data3 = data.function;
const _errs12 = errors;
if(errors === _errs12){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if(((data3.name === undefined) && (missing2 = "name")) || ((data3.arguments === undefined) && (missing2 = "arguments"))){
validate48.errors = [{instancePath:instancePath+"/function",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageFunctionToolCall/properties/function/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data3.name !== undefined){
const _errs14 = errors;
if(typeof data3.name !== "string"){
validate48.errors = [{instancePath:instancePath+"/function/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageFunctionToolCall/properties/function/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs14 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data3.arguments !== undefined){
const _errs16 = errors;
if(typeof data3.arguments !== "string"){
validate48.errors = [{instancePath:instancePath+"/function/arguments",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageFunctionToolCall/properties/function/properties/arguments/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs16 === errors;
}
else {
var valid5 = true;
}
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/function",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageFunctionToolCall/properties/function/type",keyword:"type",params:{type: "object"}}];
return false;
}
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
validate48.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageFunctionToolCall/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.id = true;
props0.type = true;
props0.function = true;
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
validate48.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs18 = errors;
const _errs19 = errors;
let valid6 = true;
const _errs20 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
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
if("custom" !== data.type){
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
var _valid1 = _errs20 === errors;
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((((data.id === undefined) && (missing4 = "id")) || ((data.type === undefined) && (missing4 = "type"))) || ((data.custom === undefined) && (missing4 = "custom"))){
validate48.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageCustomToolCall/required",keyword:"required",params:{missingProperty: missing4}}];
return false;
}
else {
if(data.id !== undefined){
const _errs25 = errors;
if(typeof data.id !== "string"){
validate48.errors = [{instancePath:instancePath+"/id",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageCustomToolCall/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid9 = _errs25 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.type !== undefined){
let data8 = data.type;
const _errs27 = errors;
if(typeof data8 !== "string"){
validate48.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageCustomToolCall/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("custom" !== data8){
validate48.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageCustomToolCall/properties/type/const",keyword:"const",params:{allowedValue: "custom"}}];
return false;
}
var valid9 = _errs27 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.custom !== undefined){
let data9 = data.custom;
const _errs29 = errors;
if(errors === _errs29){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing5;
if(((data9.name === undefined) && (missing5 = "name")) || ((data9.input === undefined) && (missing5 = "input"))){
validate48.errors = [{instancePath:instancePath+"/custom",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageCustomToolCall/properties/custom/required",keyword:"required",params:{missingProperty: missing5}}];
return false;
}
else {
if(data9.name !== undefined){
const _errs31 = errors;
if(typeof data9.name !== "string"){
validate48.errors = [{instancePath:instancePath+"/custom/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageCustomToolCall/properties/custom/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs31 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data9.input !== undefined){
const _errs33 = errors;
if(typeof data9.input !== "string"){
validate48.errors = [{instancePath:instancePath+"/custom/input",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageCustomToolCall/properties/custom/properties/input/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs33 === errors;
}
else {
var valid10 = true;
}
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/custom",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageCustomToolCall/properties/custom/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid9 = _errs29 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
else {
validate48.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionMessageCustomToolCall/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid1 = _errs22 === errors;
valid6 = _valid1;
if(valid6){
var props1 = {};
props1.id = true;
props1.type = true;
props1.custom = true;
}
}
if(!valid6){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate48.errors = vErrors;
return false;
}
var valid0 = _errs18 === errors;
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
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
validate48.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing6}}];
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
validate48.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data12 === "function") || (data12 === "custom"))){
validate48.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema51.properties.type.enum}}];
return false;
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
evaluated0.props = props0;
return errors === 0;
}
validate48.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.role === undefined) && (missing0 = "role")){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.role !== undefined){
let data0 = data.role;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate44.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("assistant" !== data0){
validate44.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "assistant"}}];
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
if(((typeof data1 !== "string") && (!(Array.isArray(data1)))) && (data1 !== null)){
validate44.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: schema48.properties.content.type}}];
return false;
}
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate45(data1[i0], {instancePath:instancePath+"/content/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
if(valid0){
if(data.refusal !== undefined){
let data3 = data.refusal;
const _errs6 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate44.errors = [{instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/type",keyword:"type",params:{type: schema48.properties.refusal.type}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs8 = errors;
if(typeof data.name !== "string"){
validate44.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.audio !== undefined){
let data5 = data.audio;
const _errs10 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate44.errors = [{instancePath:instancePath+"/audio",schemaPath:"#/properties/audio/type",keyword:"type",params:{type: schema48.properties.audio.type}}];
return false;
}
if(errors === _errs10){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.id === undefined) && (missing1 = "id")){
validate44.errors = [{instancePath:instancePath+"/audio",schemaPath:"#/properties/audio/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data5.id !== undefined){
if(typeof data5.id !== "string"){
validate44.errors = [{instancePath:instancePath+"/audio/id",schemaPath:"#/properties/audio/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
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
if(valid0){
if(data.tool_calls !== undefined){
let data7 = data.tool_calls;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data7)){
var valid3 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
const _errs16 = errors;
if(!(validate48(data7[i1], {instancePath:instancePath+"/tool_calls/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var valid3 = _errs16 === errors;
if(!valid3){
break;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/tool_calls",schemaPath:"#/properties/tool_calls/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.function_call !== undefined){
let data9 = data.function_call;
const _errs17 = errors;
if((!(data9 && typeof data9 == "object" && !Array.isArray(data9))) && (data9 !== null)){
validate44.errors = [{instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/type",keyword:"type",params:{type: schema48.properties.function_call.type}}];
return false;
}
if(errors === _errs17){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing2;
if(((data9.name === undefined) && (missing2 = "name")) || ((data9.arguments === undefined) && (missing2 = "arguments"))){
validate44.errors = [{instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data9.name !== undefined){
const _errs19 = errors;
if(typeof data9.name !== "string"){
validate44.errors = [{instancePath:instancePath+"/function_call/name",schemaPath:"#/properties/function_call/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.arguments !== undefined){
const _errs21 = errors;
if(typeof data9.arguments !== "string"){
validate44.errors = [{instancePath:instancePath+"/function_call/arguments",schemaPath:"#/properties/function_call/properties/arguments/type",keyword:"type",params:{type: "string"}}];
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
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":{"role":true,"content":true,"refusal":true,"name":true,"audio":true,"tool_calls":true,"function_call":true},"dynamicProps":false,"dynamicItems":false};

const schema54 = {"type":"object","required":["role","content","tool_call_id"],"properties":{"role":{"type":"string","const":"tool"},"content":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionTextContent"},"tool_call_id":{"type":"string"}}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))) || ((data.tool_call_id === undefined) && (missing0 = "tool_call_id"))){
validate51.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.role !== undefined){
let data0 = data.role;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate51.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("tool" !== data0){
validate51.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "tool"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
const _errs3 = errors;
if(!(validate25(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_call_id !== undefined){
const _errs4 = errors;
if(typeof data.tool_call_id !== "string"){
validate51.errors = [{instancePath:instancePath+"/tool_call_id",schemaPath:"#/properties/tool_call_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":{"role":true,"content":true,"tool_call_id":true},"dynamicProps":false,"dynamicItems":false};


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
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.role === undefined) && (missing0 = "role")){
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
if(data.role !== undefined){
if("developer" !== data.role){
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
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.role = true;
props0.content = true;
props0.name = true;
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
validate23.errors = vErrors;
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
if((data.role === undefined) && (missing1 = "role")){
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
if(data.role !== undefined){
if("system" !== data.role){
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
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
if(valid3){
var props1 = {};
props1.role = true;
props1.content = true;
props1.name = true;
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
validate23.errors = vErrors;
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
if((data.role === undefined) && (missing2 = "role")){
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
if(data.role !== undefined){
if("user" !== data.role){
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
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var _valid2 = _errs15 === errors;
valid5 = _valid2;
if(valid5){
var props2 = {};
props2.role = true;
props2.content = true;
props2.name = true;
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
validate23.errors = vErrors;
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
if((data.role === undefined) && (missing3 = "role")){
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
if(data.role !== undefined){
if("assistant" !== data.role){
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
if(!(validate44(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var _valid3 = _errs20 === errors;
valid7 = _valid3;
if(valid7){
var props3 = {};
props3.role = true;
props3.content = true;
props3.refusal = true;
props3.name = true;
props3.audio = true;
props3.tool_calls = true;
props3.function_call = true;
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
validate23.errors = vErrors;
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
if((data.role === undefined) && (missing4 = "role")){
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
if(data.role !== undefined){
if("tool" !== data.role){
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
if(!(validate51(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
var _valid4 = _errs25 === errors;
valid9 = _valid4;
if(valid9){
var props4 = {};
props4.role = true;
props4.content = true;
props4.tool_call_id = true;
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
validate23.errors = vErrors;
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
if((data.role === undefined) && (missing5 = "role")){
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
if(data.role !== undefined){
if("function" !== data.role){
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
if((((data.role === undefined) && (missing6 = "role")) || ((data.content === undefined) && (missing6 = "content"))) || ((data.name === undefined) && (missing6 = "name"))){
validate23.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestFunctionMessage/required",keyword:"required",params:{missingProperty: missing6}}];
return false;
}
else {
if(data.role !== undefined){
let data6 = data.role;
const _errs33 = errors;
if(typeof data6 !== "string"){
validate23.errors = [{instancePath:instancePath+"/role",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestFunctionMessage/properties/role/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("function" !== data6){
validate23.errors = [{instancePath:instancePath+"/role",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestFunctionMessage/properties/role/const",keyword:"const",params:{allowedValue: "function"}}];
return false;
}
var valid14 = _errs33 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.content !== undefined){
let data7 = data.content;
const _errs35 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate23.errors = [{instancePath:instancePath+"/content",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestFunctionMessage/properties/content/type",keyword:"type",params:{type: schema55.properties.content.type}}];
return false;
}
var valid14 = _errs35 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.name !== undefined){
const _errs37 = errors;
if(typeof data.name !== "string"){
validate23.errors = [{instancePath:instancePath+"/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestFunctionMessage/properties/name/type",keyword:"type",params:{type: "string"}}];
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
validate23.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionRequestFunctionMessage/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid5 = _errs30 === errors;
valid11 = _valid5;
if(valid11){
var props5 = {};
props5.role = true;
props5.content = true;
props5.name = true;
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
validate23.errors = vErrors;
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
}
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.role === undefined) && (missing7 = "role")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing7}}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.role = true;
}
if(data.role !== undefined){
let data9 = data.role;
if(typeof data9 !== "string"){
validate23.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((data9 === "developer") || (data9 === "system")) || (data9 === "user")) || (data9 === "assistant")) || (data9 === "tool")) || (data9 === "function"))){
validate23.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema34.properties.role.enum}}];
return false;
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
evaluated0.props = props0;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema56 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["function","custom"]}},"allOf":[{"if":{"properties":{"type":{"const":"function"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionFunctionTool"}},{"if":{"properties":{"type":{"const":"custom"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionCustomTool"}}]};
const schema59 = {"type":"object","required":["type","custom"],"properties":{"type":{"type":"string","const":"custom"},"custom":{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"description":{"type":"string"},"format":{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["text","grammar"]}}}}}}};
const schema57 = {"type":"object","required":["type","function"],"properties":{"type":{"type":"string","const":"function"},"function":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition"}}};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.function === undefined) && (missing0 = "function"))){
validate56.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate56.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("function" !== data0){
validate56.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "function"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.function !== undefined){
let data1 = data.function;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.name === undefined) && (missing1 = "name")){
validate56.errors = [{instancePath:instancePath+"/function",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data1.name !== undefined){
let data2 = data1.name;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) > 64){
validate56.errors = [{instancePath:instancePath+"/function/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/properties/name/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(func1(data2) < 1){
validate56.errors = [{instancePath:instancePath+"/function/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate56.errors = [{instancePath:instancePath+"/function/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.description !== undefined){
const _errs8 = errors;
if(typeof data1.description !== "string"){
validate56.errors = [{instancePath:instancePath+"/function/description",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/properties/description/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.parameters !== undefined){
let data4 = data1.parameters;
const _errs10 = errors;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
validate56.errors = [{instancePath:instancePath+"/function/parameters",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/properties/parameters/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.strict !== undefined){
let data5 = data1.strict;
const _errs12 = errors;
if((typeof data5 !== "boolean") && (data5 !== null)){
validate56.errors = [{instancePath:instancePath+"/function/strict",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/properties/strict/type",keyword:"type",params:{type: schema58.properties.strict.type}}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate56.errors = [{instancePath:instancePath+"/function",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/type",keyword:"type",params:{type: "object"}}];
return false;
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
validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":{"type":true,"function":true},"dynamicProps":false,"dynamicItems":false};


function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
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
if("function" !== data.type){
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
if(!(validate56(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.type = true;
props0.function = true;
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
validate55.errors = vErrors;
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
if("custom" !== data.type){
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
const _errs11 = errors;
if(errors === _errs11){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.type === undefined) && (missing2 = "type")) || ((data.custom === undefined) && (missing2 = "custom"))){
validate55.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionCustomTool/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data.type !== undefined){
let data2 = data.type;
const _errs13 = errors;
if(typeof data2 !== "string"){
validate55.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionCustomTool/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("custom" !== data2){
validate55.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionCustomTool/properties/type/const",keyword:"const",params:{allowedValue: "custom"}}];
return false;
}
var valid6 = _errs13 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.custom !== undefined){
let data3 = data.custom;
const _errs15 = errors;
if(errors === _errs15){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing3;
if((data3.name === undefined) && (missing3 = "name")){
validate55.errors = [{instancePath:instancePath+"/custom",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionCustomTool/properties/custom/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
if(data3.name !== undefined){
const _errs17 = errors;
if(typeof data3.name !== "string"){
validate55.errors = [{instancePath:instancePath+"/custom/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionCustomTool/properties/custom/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs17 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data3.description !== undefined){
const _errs19 = errors;
if(typeof data3.description !== "string"){
validate55.errors = [{instancePath:instancePath+"/custom/description",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionCustomTool/properties/custom/properties/description/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs19 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data3.format !== undefined){
let data6 = data3.format;
const _errs21 = errors;
if(errors === _errs21){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing4;
if((data6.type === undefined) && (missing4 = "type")){
validate55.errors = [{instancePath:instancePath+"/custom/format",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionCustomTool/properties/custom/properties/format/required",keyword:"required",params:{missingProperty: missing4}}];
return false;
}
else {
if(data6.type !== undefined){
let data7 = data6.type;
if(typeof data7 !== "string"){
validate55.errors = [{instancePath:instancePath+"/custom/format/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionCustomTool/properties/custom/properties/format/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data7 === "text") || (data7 === "grammar"))){
validate55.errors = [{instancePath:instancePath+"/custom/format/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionCustomTool/properties/custom/properties/format/properties/type/enum",keyword:"enum",params:{allowedValues: schema59.properties.custom.properties.format.properties.type.enum}}];
return false;
}
}
}
}
else {
validate55.errors = [{instancePath:instancePath+"/custom/format",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionCustomTool/properties/custom/properties/format/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid7 = _errs21 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
else {
validate55.errors = [{instancePath:instancePath+"/custom",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionCustomTool/properties/custom/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionCustomTool/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
if(valid3){
var props1 = {};
props1.type = true;
props1.custom = true;
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
validate55.errors = vErrors;
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
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
validate55.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing5}}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
let data8 = data.type;
if(typeof data8 !== "string"){
validate55.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data8 === "function") || (data8 === "custom"))){
validate55.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema56.properties.type.enum}}];
return false;
}
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate55.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate55.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema60 = {"anyOf":[{"type":"string","enum":["none","auto","required"]},{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionToolChoiceObject"}]};
const schema61 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["function","allowed_tools","custom"]}},"allOf":[{"if":{"properties":{"type":{"const":"function"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoice"}},{"if":{"properties":{"type":{"const":"allowed_tools"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionAllowedToolChoice"}},{"if":{"properties":{"type":{"const":"custom"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoiceCustom"}}]};
const schema62 = {"type":"object","required":["type","function"],"properties":{"type":{"type":"string","const":"function"},"function":{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}}}};
const schema63 = {"type":"object","required":["type","allowed_tools"],"properties":{"type":{"type":"string","const":"allowed_tools"},"allowed_tools":{"type":"object","required":["mode","tools"],"properties":{"mode":{"type":"string","enum":["auto","required"]},"tools":{"type":"array","items":{"type":"object"}}}}}};
const schema64 = {"type":"object","required":["type","custom"],"properties":{"type":{"type":"string","const":"custom"},"custom":{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}}}};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
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
if("function" !== data.type){
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
if(((data.type === undefined) && (missing1 = "type")) || ((data.function === undefined) && (missing1 = "function"))){
validate60.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoice/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data.type !== undefined){
let data1 = data.type;
const _errs8 = errors;
if(typeof data1 !== "string"){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoice/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("function" !== data1){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoice/properties/type/const",keyword:"const",params:{allowedValue: "function"}}];
return false;
}
var valid4 = _errs8 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.function !== undefined){
let data2 = data.function;
const _errs10 = errors;
if(errors === _errs10){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if((data2.name === undefined) && (missing2 = "name")){
validate60.errors = [{instancePath:instancePath+"/function",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoice/properties/function/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
validate60.errors = [{instancePath:instancePath+"/function/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoice/properties/function/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/function",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoice/properties/function/type",keyword:"type",params:{type: "object"}}];
return false;
}
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
validate60.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoice/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.type = true;
props0.function = true;
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
validate60.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs14 = errors;
const _errs15 = errors;
let valid6 = true;
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
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
if("allowed_tools" !== data.type){
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
let missing4;
if(((data.type === undefined) && (missing4 = "type")) || ((data.allowed_tools === undefined) && (missing4 = "allowed_tools"))){
validate60.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionAllowedToolChoice/required",keyword:"required",params:{missingProperty: missing4}}];
return false;
}
else {
if(data.type !== undefined){
let data5 = data.type;
const _errs21 = errors;
if(typeof data5 !== "string"){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionAllowedToolChoice/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("allowed_tools" !== data5){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionAllowedToolChoice/properties/type/const",keyword:"const",params:{allowedValue: "allowed_tools"}}];
return false;
}
var valid9 = _errs21 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.allowed_tools !== undefined){
let data6 = data.allowed_tools;
const _errs23 = errors;
if(errors === _errs23){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing5;
if(((data6.mode === undefined) && (missing5 = "mode")) || ((data6.tools === undefined) && (missing5 = "tools"))){
validate60.errors = [{instancePath:instancePath+"/allowed_tools",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionAllowedToolChoice/properties/allowed_tools/required",keyword:"required",params:{missingProperty: missing5}}];
return false;
}
else {
if(data6.mode !== undefined){
let data7 = data6.mode;
const _errs25 = errors;
if(typeof data7 !== "string"){
validate60.errors = [{instancePath:instancePath+"/allowed_tools/mode",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionAllowedToolChoice/properties/allowed_tools/properties/mode/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data7 === "auto") || (data7 === "required"))){
validate60.errors = [{instancePath:instancePath+"/allowed_tools/mode",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionAllowedToolChoice/properties/allowed_tools/properties/mode/enum",keyword:"enum",params:{allowedValues: schema63.properties.allowed_tools.properties.mode.enum}}];
return false;
}
var valid10 = _errs25 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data6.tools !== undefined){
let data8 = data6.tools;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data8)){
var valid11 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs29 = errors;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
validate60.errors = [{instancePath:instancePath+"/allowed_tools/tools/" + i0,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionAllowedToolChoice/properties/allowed_tools/properties/tools/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid11 = _errs29 === errors;
if(!valid11){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/allowed_tools/tools",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionAllowedToolChoice/properties/allowed_tools/properties/tools/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid10 = _errs27 === errors;
}
else {
var valid10 = true;
}
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/allowed_tools",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionAllowedToolChoice/properties/allowed_tools/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid9 = _errs23 === errors;
}
else {
var valid9 = true;
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionAllowedToolChoice/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid1 = _errs18 === errors;
valid6 = _valid1;
if(valid6){
var props1 = {};
props1.type = true;
props1.allowed_tools = true;
}
}
if(!valid6){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate60.errors = vErrors;
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
const _errs31 = errors;
const _errs32 = errors;
let valid12 = true;
const _errs33 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
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
if("custom" !== data.type){
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
var _valid2 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if(((data.type === undefined) && (missing7 = "type")) || ((data.custom === undefined) && (missing7 = "custom"))){
validate60.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoiceCustom/required",keyword:"required",params:{missingProperty: missing7}}];
return false;
}
else {
if(data.type !== undefined){
let data11 = data.type;
const _errs38 = errors;
if(typeof data11 !== "string"){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoiceCustom/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("custom" !== data11){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoiceCustom/properties/type/const",keyword:"const",params:{allowedValue: "custom"}}];
return false;
}
var valid15 = _errs38 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data.custom !== undefined){
let data12 = data.custom;
const _errs40 = errors;
if(errors === _errs40){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing8;
if((data12.name === undefined) && (missing8 = "name")){
validate60.errors = [{instancePath:instancePath+"/custom",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoiceCustom/properties/custom/required",keyword:"required",params:{missingProperty: missing8}}];
return false;
}
else {
if(data12.name !== undefined){
if(typeof data12.name !== "string"){
validate60.errors = [{instancePath:instancePath+"/custom/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoiceCustom/properties/custom/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/custom",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoiceCustom/properties/custom/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid15 = _errs40 === errors;
}
else {
var valid15 = true;
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionNamedToolChoiceCustom/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid2 = _errs35 === errors;
valid12 = _valid2;
if(valid12){
var props2 = {};
props2.type = true;
props2.custom = true;
}
}
if(!valid12){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate60.errors = vErrors;
return false;
}
var valid0 = _errs31 === errors;
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
let missing9;
if((data.type === undefined) && (missing9 = "type")){
validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing9}}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
let data14 = data.type;
if(typeof data14 !== "string"){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data14 === "function") || (data14 === "allowed_tools")) || (data14 === "custom"))){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema61.properties.type.enum}}];
return false;
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate60.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate60.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data === "none") || (data === "auto")) || (data === "required"))){
const err1 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema60.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(!(validate60(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
else {
var props0 = validate60.evaluated.props;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate59.errors = vErrors;
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
validate59.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate59.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema65 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["text","json_object","json_schema"]}},"allOf":[{"if":{"properties":{"type":{"const":"text"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatText"}},{"if":{"properties":{"type":{"const":"json_object"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonObject"}},{"if":{"properties":{"type":{"const":"json_schema"}},"required":["type"]},"then":{"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonSchema"}}]};
const schema66 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","const":"text"}}};
const schema67 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","const":"json_object"}}};
const schema68 = {"type":"object","required":["type","json_schema"],"properties":{"type":{"type":"string","const":"json_schema"},"json_schema":{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":64},"description":{"type":"string"},"schema":{"type":"object"},"strict":{"type":["boolean","null"]}}}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
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
validate63.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatText/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
validate63.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatText/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("text" !== data1){
validate63.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatText/properties/type/const",keyword:"const",params:{allowedValue: "text"}}];
return false;
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatText/type",keyword:"type",params:{type: "object"}}];
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
validate63.errors = vErrors;
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
validate63.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonObject/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
if(data.type !== undefined){
let data3 = data.type;
if(typeof data3 !== "string"){
validate63.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonObject/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("json_object" !== data3){
validate63.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonObject/properties/type/const",keyword:"const",params:{allowedValue: "json_object"}}];
return false;
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonObject/type",keyword:"type",params:{type: "object"}}];
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
validate63.errors = vErrors;
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
if(((data.type === undefined) && (missing5 = "type")) || ((data.json_schema === undefined) && (missing5 = "json_schema"))){
validate63.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonSchema/required",keyword:"required",params:{missingProperty: missing5}}];
return false;
}
else {
if(data.type !== undefined){
let data5 = data.type;
const _errs26 = errors;
if(typeof data5 !== "string"){
validate63.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonSchema/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("json_schema" !== data5){
validate63.errors = [{instancePath:instancePath+"/type",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonSchema/properties/type/const",keyword:"const",params:{allowedValue: "json_schema"}}];
return false;
}
var valid12 = _errs26 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.json_schema !== undefined){
let data6 = data.json_schema;
const _errs28 = errors;
if(errors === _errs28){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing6;
if((data6.name === undefined) && (missing6 = "name")){
validate63.errors = [{instancePath:instancePath+"/json_schema",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonSchema/properties/json_schema/required",keyword:"required",params:{missingProperty: missing6}}];
return false;
}
else {
if(data6.name !== undefined){
let data7 = data6.name;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data7 === "string"){
if(func1(data7) > 64){
validate63.errors = [{instancePath:instancePath+"/json_schema/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonSchema/properties/json_schema/properties/name/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(func1(data7) < 1){
validate63.errors = [{instancePath:instancePath+"/json_schema/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonSchema/properties/json_schema/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/json_schema/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonSchema/properties/json_schema/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid13 = _errs30 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data6.description !== undefined){
const _errs32 = errors;
if(typeof data6.description !== "string"){
validate63.errors = [{instancePath:instancePath+"/json_schema/description",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonSchema/properties/json_schema/properties/description/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid13 = _errs32 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data6.schema !== undefined){
let data9 = data6.schema;
const _errs34 = errors;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
validate63.errors = [{instancePath:instancePath+"/json_schema/schema",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonSchema/properties/json_schema/properties/schema/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid13 = _errs34 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data6.strict !== undefined){
let data10 = data6.strict;
const _errs36 = errors;
if((typeof data10 !== "boolean") && (data10 !== null)){
validate63.errors = [{instancePath:instancePath+"/json_schema/strict",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonSchema/properties/json_schema/properties/strict/type",keyword:"type",params:{type: schema68.properties.json_schema.properties.strict.type}}];
return false;
}
var valid13 = _errs36 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/json_schema",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonSchema/properties/json_schema/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid12 = _errs28 === errors;
}
else {
var valid12 = true;
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ResponseFormatJsonSchema/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var _valid2 = _errs23 === errors;
valid9 = _valid2;
if(valid9){
var props2 = {};
props2.type = true;
props2.json_schema = true;
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
validate63.errors = vErrors;
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
let missing7;
if((data.type === undefined) && (missing7 = "type")){
validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing7}}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
let data11 = data.type;
if(typeof data11 !== "string"){
validate63.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data11 === "text") || (data11 === "json_object")) || (data11 === "json_schema"))){
validate63.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema65.properties.type.enum}}];
return false;
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate63.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate63.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if(((data.model === undefined) && (missing0 = "model")) || ((data.messages === undefined) && (missing0 = "messages"))){
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
if(data.messages !== undefined){
let data1 = data.messages;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
if(data1.length < 1){
validate22.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/minItems",keyword:"minItems",params:{limit: 1}}];
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
validate22.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data3 = data.tools;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data3)){
var valid2 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs8 = errors;
if(!(validate55(data3[i1], {instancePath:instancePath+"/tools/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var valid2 = _errs8 === errors;
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
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_choice !== undefined){
const _errs9 = errors;
if(!(validate59(data.tool_choice, {instancePath:instancePath+"/tool_choice",parentData:data,parentDataProperty:"tool_choice",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parallel_tool_calls !== undefined){
const _errs10 = errors;
if(typeof data.parallel_tool_calls !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/parallel_tool_calls",schemaPath:"#/properties/parallel_tool_calls/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.response_format !== undefined){
const _errs12 = errors;
if(!(validate63(data.response_format, {instancePath:instancePath+"/response_format",parentData:data,parentDataProperty:"response_format",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stream !== undefined){
let data8 = data.stream;
const _errs13 = errors;
if((typeof data8 !== "boolean") && (data8 !== null)){
validate22.errors = [{instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: schema33.properties.stream.type}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stream_options !== undefined){
let data9 = data.stream_options;
const _errs15 = errors;
const _errs16 = errors;
if((!(data9 && typeof data9 == "object" && !Array.isArray(data9))) && (data9 !== null)){
validate22.errors = [{instancePath:instancePath+"/stream_options",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionStreamOptions/type",keyword:"type",params:{type: schema69.type}}];
return false;
}
if(errors === _errs16){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.include_usage !== undefined){
const _errs18 = errors;
if(typeof data9.include_usage !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/stream_options/include_usage",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionStreamOptions/properties/include_usage/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.include_obfuscation !== undefined){
const _errs20 = errors;
if(typeof data9.include_obfuscation !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/stream_options/include_obfuscation",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ChatCompletionStreamOptions/properties/include_obfuscation/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max_tokens !== undefined){
let data12 = data.max_tokens;
const _errs22 = errors;
if((!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) && (data12 !== null)){
validate22.errors = [{instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/type",keyword:"type",params:{type: schema33.properties.max_tokens.type}}];
return false;
}
if(errors === _errs22){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
validate22.errors = [{instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max_completion_tokens !== undefined){
let data13 = data.max_completion_tokens;
const _errs24 = errors;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
validate22.errors = [{instancePath:instancePath+"/max_completion_tokens",schemaPath:"#/properties/max_completion_tokens/type",keyword:"type",params:{type: schema33.properties.max_completion_tokens.type}}];
return false;
}
if(errors === _errs24){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
validate22.errors = [{instancePath:instancePath+"/max_completion_tokens",schemaPath:"#/properties/max_completion_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.n !== undefined){
let data14 = data.n;
const _errs26 = errors;
if((!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) && (data14 !== null)){
validate22.errors = [{instancePath:instancePath+"/n",schemaPath:"#/properties/n/type",keyword:"type",params:{type: schema33.properties.n.type}}];
return false;
}
if(errors === _errs26){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 128 || isNaN(data14)){
validate22.errors = [{instancePath:instancePath+"/n",schemaPath:"#/properties/n/maximum",keyword:"maximum",params:{comparison: "<=", limit: 128}}];
return false;
}
else {
if(data14 < 1 || isNaN(data14)){
validate22.errors = [{instancePath:instancePath+"/n",schemaPath:"#/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
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
if(data.stop !== undefined){
let data15 = data.stop;
const _errs28 = errors;
if(((typeof data15 !== "string") && (!(Array.isArray(data15)))) && (data15 !== null)){
validate22.errors = [{instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/type",keyword:"type",params:{type: schema33.properties.stop.type}}];
return false;
}
if(errors === _errs28){
if(Array.isArray(data15)){
if(data15.length > 4){
validate22.errors = [{instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/maxItems",keyword:"maxItems",params:{limit: 4}}];
return false;
}
else {
if(data15.length < 1){
validate22.errors = [{instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid5 = true;
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
const _errs30 = errors;
if(typeof data15[i2] !== "string"){
validate22.errors = [{instancePath:instancePath+"/stop/" + i2,schemaPath:"#/properties/stop/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs30 === errors;
if(!valid5){
break;
}
}
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
if(data.temperature !== undefined){
let data17 = data.temperature;
const _errs32 = errors;
if((!((typeof data17 == "number") && (isFinite(data17)))) && (data17 !== null)){
validate22.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/type",keyword:"type",params:{type: schema33.properties.temperature.type}}];
return false;
}
if(errors === _errs32){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 2 || isNaN(data17)){
validate22.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2}}];
return false;
}
else {
if(data17 < 0 || isNaN(data17)){
validate22.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.top_p !== undefined){
let data18 = data.top_p;
const _errs34 = errors;
if((!((typeof data18 == "number") && (isFinite(data18)))) && (data18 !== null)){
validate22.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/type",keyword:"type",params:{type: schema33.properties.top_p.type}}];
return false;
}
if(errors === _errs34){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 1 || isNaN(data18)){
validate22.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}}];
return false;
}
else {
if(data18 < 0 || isNaN(data18)){
validate22.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seed !== undefined){
let data19 = data.seed;
const _errs36 = errors;
if((!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) && (data19 !== null)){
validate22.errors = [{instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: schema33.properties.seed.type}}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs38 = errors;
if(typeof data.user !== "string"){
validate22.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.safety_identifier !== undefined){
let data21 = data.safety_identifier;
const _errs40 = errors;
if((typeof data21 !== "string") && (data21 !== null)){
validate22.errors = [{instancePath:instancePath+"/safety_identifier",schemaPath:"#/properties/safety_identifier/type",keyword:"type",params:{type: schema33.properties.safety_identifier.type}}];
return false;
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prompt_cache_key !== undefined){
let data22 = data.prompt_cache_key;
const _errs42 = errors;
if((typeof data22 !== "string") && (data22 !== null)){
validate22.errors = [{instancePath:instancePath+"/prompt_cache_key",schemaPath:"#/properties/prompt_cache_key/type",keyword:"type",params:{type: schema33.properties.prompt_cache_key.type}}];
return false;
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reasoning_effort !== undefined){
let data23 = data.reasoning_effort;
const _errs44 = errors;
if((typeof data23 !== "string") && (data23 !== null)){
validate22.errors = [{instancePath:instancePath+"/reasoning_effort",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ReasoningEffort/type",keyword:"type",params:{type: schema70.type}}];
return false;
}
if(!((((((((data23 === "none") || (data23 === "minimal")) || (data23 === "low")) || (data23 === "medium")) || (data23 === "high")) || (data23 === "xhigh")) || (data23 === "max")) || (data23 === null))){
validate22.errors = [{instancePath:instancePath+"/reasoning_effort",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/ReasoningEffort/enum",keyword:"enum",params:{allowedValues: schema70.enum}}];
return false;
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verbosity !== undefined){
let data24 = data.verbosity;
const _errs47 = errors;
if((typeof data24 !== "string") && (data24 !== null)){
validate22.errors = [{instancePath:instancePath+"/verbosity",schemaPath:"#/properties/verbosity/type",keyword:"type",params:{type: schema33.properties.verbosity.type}}];
return false;
}
if(!((((data24 === "low") || (data24 === "medium")) || (data24 === "high")) || (data24 === null))){
validate22.errors = [{instancePath:instancePath+"/verbosity",schemaPath:"#/properties/verbosity/enum",keyword:"enum",params:{allowedValues: schema33.properties.verbosity.enum}}];
return false;
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.frequency_penalty !== undefined){
let data25 = data.frequency_penalty;
const _errs49 = errors;
if((!((typeof data25 == "number") && (isFinite(data25)))) && (data25 !== null)){
validate22.errors = [{instancePath:instancePath+"/frequency_penalty",schemaPath:"#/properties/frequency_penalty/type",keyword:"type",params:{type: schema33.properties.frequency_penalty.type}}];
return false;
}
if(errors === _errs49){
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 2 || isNaN(data25)){
validate22.errors = [{instancePath:instancePath+"/frequency_penalty",schemaPath:"#/properties/frequency_penalty/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2}}];
return false;
}
else {
if(data25 < -2 || isNaN(data25)){
validate22.errors = [{instancePath:instancePath+"/frequency_penalty",schemaPath:"#/properties/frequency_penalty/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2}}];
return false;
}
}
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.presence_penalty !== undefined){
let data26 = data.presence_penalty;
const _errs51 = errors;
if((!((typeof data26 == "number") && (isFinite(data26)))) && (data26 !== null)){
validate22.errors = [{instancePath:instancePath+"/presence_penalty",schemaPath:"#/properties/presence_penalty/type",keyword:"type",params:{type: schema33.properties.presence_penalty.type}}];
return false;
}
if(errors === _errs51){
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 2 || isNaN(data26)){
validate22.errors = [{instancePath:instancePath+"/presence_penalty",schemaPath:"#/properties/presence_penalty/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2}}];
return false;
}
else {
if(data26 < -2 || isNaN(data26)){
validate22.errors = [{instancePath:instancePath+"/presence_penalty",schemaPath:"#/properties/presence_penalty/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2}}];
return false;
}
}
}
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.logit_bias !== undefined){
let data27 = data.logit_bias;
const _errs53 = errors;
if((!(data27 && typeof data27 == "object" && !Array.isArray(data27))) && (data27 !== null)){
validate22.errors = [{instancePath:instancePath+"/logit_bias",schemaPath:"#/properties/logit_bias/type",keyword:"type",params:{type: schema33.properties.logit_bias.type}}];
return false;
}
if(errors === _errs53){
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key0 in data27){
let data28 = data27[key0];
const _errs56 = errors;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
validate22.errors = [{instancePath:instancePath+"/logit_bias/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/logit_bias/additionalProperties/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs56){
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 100 || isNaN(data28)){
validate22.errors = [{instancePath:instancePath+"/logit_bias/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/logit_bias/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}}];
return false;
}
else {
if(data28 < -100 || isNaN(data28)){
validate22.errors = [{instancePath:instancePath+"/logit_bias/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/logit_bias/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -100}}];
return false;
}
}
}
}
var valid7 = _errs56 === errors;
if(!valid7){
break;
}
}
}
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.logprobs !== undefined){
let data29 = data.logprobs;
const _errs58 = errors;
if((typeof data29 !== "boolean") && (data29 !== null)){
validate22.errors = [{instancePath:instancePath+"/logprobs",schemaPath:"#/properties/logprobs/type",keyword:"type",params:{type: schema33.properties.logprobs.type}}];
return false;
}
var valid0 = _errs58 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.top_logprobs !== undefined){
let data30 = data.top_logprobs;
const _errs60 = errors;
if((!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))) && (data30 !== null)){
validate22.errors = [{instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/type",keyword:"type",params:{type: schema33.properties.top_logprobs.type}}];
return false;
}
if(errors === _errs60){
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 20 || isNaN(data30)){
validate22.errors = [{instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20}}];
return false;
}
else {
if(data30 < 0 || isNaN(data30)){
validate22.errors = [{instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data31 = data.metadata;
const _errs62 = errors;
if((!(data31 && typeof data31 == "object" && !Array.isArray(data31))) && (data31 !== null)){
validate22.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: schema33.properties.metadata.type}}];
return false;
}
if(errors === _errs62){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(Object.keys(data31).length > 16){
validate22.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 16}}];
return false;
}
else {
for(const key1 in data31){
let data32 = data31[key1];
const _errs65 = errors;
if(errors === _errs65){
if(typeof data32 === "string"){
if(func1(data32) > 512){
validate22.errors = [{instancePath:instancePath+"/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 512}}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid8 = _errs65 === errors;
if(!valid8){
break;
}
}
}
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.store !== undefined){
let data33 = data.store;
const _errs67 = errors;
if((typeof data33 !== "boolean") && (data33 !== null)){
validate22.errors = [{instancePath:instancePath+"/store",schemaPath:"#/properties/store/type",keyword:"type",params:{type: schema33.properties.store.type}}];
return false;
}
var valid0 = _errs67 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_tier !== undefined){
let data34 = data.service_tier;
const _errs69 = errors;
if((typeof data34 !== "string") && (data34 !== null)){
validate22.errors = [{instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/type",keyword:"type",params:{type: schema33.properties.service_tier.type}}];
return false;
}
if(!((((((data34 === "auto") || (data34 === "default")) || (data34 === "flex")) || (data34 === "scale")) || (data34 === "priority")) || (data34 === null))){
validate22.errors = [{instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/enum",keyword:"enum",params:{allowedValues: schema33.properties.service_tier.enum}}];
return false;
}
var valid0 = _errs69 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modalities !== undefined){
let data35 = data.modalities;
const _errs71 = errors;
if((!(Array.isArray(data35))) && (data35 !== null)){
validate22.errors = [{instancePath:instancePath+"/modalities",schemaPath:"#/properties/modalities/type",keyword:"type",params:{type: schema33.properties.modalities.type}}];
return false;
}
if(errors === _errs71){
if(Array.isArray(data35)){
var valid9 = true;
const len3 = data35.length;
for(let i3=0; i3<len3; i3++){
let data36 = data35[i3];
const _errs73 = errors;
if(typeof data36 !== "string"){
validate22.errors = [{instancePath:instancePath+"/modalities/" + i3,schemaPath:"#/properties/modalities/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data36 === "text") || (data36 === "audio"))){
validate22.errors = [{instancePath:instancePath+"/modalities/" + i3,schemaPath:"#/properties/modalities/items/enum",keyword:"enum",params:{allowedValues: schema33.properties.modalities.items.enum}}];
return false;
}
var valid9 = _errs73 === errors;
if(!valid9){
break;
}
}
}
}
var valid0 = _errs71 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.audio !== undefined){
let data37 = data.audio;
const _errs75 = errors;
if((!(data37 && typeof data37 == "object" && !Array.isArray(data37))) && (data37 !== null)){
validate22.errors = [{instancePath:instancePath+"/audio",schemaPath:"#/properties/audio/type",keyword:"type",params:{type: schema33.properties.audio.type}}];
return false;
}
if(errors === _errs75){
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
let missing1;
if(((data37.voice === undefined) && (missing1 = "voice")) || ((data37.format === undefined) && (missing1 = "format"))){
validate22.errors = [{instancePath:instancePath+"/audio",schemaPath:"#/properties/audio/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data37.voice !== undefined){
let data38 = data37.voice;
const _errs77 = errors;
if((typeof data38 !== "string") && (!(data38 && typeof data38 == "object" && !Array.isArray(data38)))){
validate22.errors = [{instancePath:instancePath+"/audio/voice",schemaPath:"#/properties/audio/properties/voice/type",keyword:"type",params:{type: schema33.properties.audio.properties.voice.type}}];
return false;
}
var valid10 = _errs77 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data37.format !== undefined){
let data39 = data37.format;
const _errs79 = errors;
if(typeof data39 !== "string"){
validate22.errors = [{instancePath:instancePath+"/audio/format",schemaPath:"#/properties/audio/properties/format/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((data39 === "wav") || (data39 === "aac")) || (data39 === "mp3")) || (data39 === "flac")) || (data39 === "opus")) || (data39 === "pcm16"))){
validate22.errors = [{instancePath:instancePath+"/audio/format",schemaPath:"#/properties/audio/properties/format/enum",keyword:"enum",params:{allowedValues: schema33.properties.audio.properties.format.enum}}];
return false;
}
var valid10 = _errs79 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
var valid0 = _errs75 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prediction !== undefined){
let data40 = data.prediction;
const _errs81 = errors;
if((!(data40 && typeof data40 == "object" && !Array.isArray(data40))) && (data40 !== null)){
validate22.errors = [{instancePath:instancePath+"/prediction",schemaPath:"#/properties/prediction/type",keyword:"type",params:{type: schema33.properties.prediction.type}}];
return false;
}
if(errors === _errs81){
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing2;
if(((data40.type === undefined) && (missing2 = "type")) || ((data40.content === undefined) && (missing2 = "content"))){
validate22.errors = [{instancePath:instancePath+"/prediction",schemaPath:"#/properties/prediction/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data40.type !== undefined){
let data41 = data40.type;
const _errs83 = errors;
if(typeof data41 !== "string"){
validate22.errors = [{instancePath:instancePath+"/prediction/type",schemaPath:"#/properties/prediction/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("content" !== data41){
validate22.errors = [{instancePath:instancePath+"/prediction/type",schemaPath:"#/properties/prediction/properties/type/const",keyword:"const",params:{allowedValue: "content"}}];
return false;
}
var valid11 = _errs83 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data40.content !== undefined){
const _errs85 = errors;
if(!(validate25(data40.content, {instancePath:instancePath+"/prediction/content",parentData:data40,parentDataProperty:"content",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid11 = _errs85 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
var valid0 = _errs81 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.web_search_options !== undefined){
let data43 = data.web_search_options;
const _errs86 = errors;
if(!(data43 && typeof data43 == "object" && !Array.isArray(data43))){
validate22.errors = [{instancePath:instancePath+"/web_search_options",schemaPath:"#/properties/web_search_options/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid0 = _errs86 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.functions !== undefined){
let data44 = data.functions;
const _errs88 = errors;
if(errors === _errs88){
if(Array.isArray(data44)){
if(data44.length > 128){
validate22.errors = [{instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/maxItems",keyword:"maxItems",params:{limit: 128}}];
return false;
}
else {
if(data44.length < 1){
validate22.errors = [{instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid12 = true;
const len4 = data44.length;
for(let i4=0; i4<len4; i4++){
let data45 = data44[i4];
const _errs90 = errors;
const _errs91 = errors;
if(errors === _errs91){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
let missing3;
if((data45.name === undefined) && (missing3 = "name")){
validate22.errors = [{instancePath:instancePath+"/functions/" + i4,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
if(data45.name !== undefined){
let data46 = data45.name;
const _errs93 = errors;
if(errors === _errs93){
if(typeof data46 === "string"){
if(func1(data46) > 64){
validate22.errors = [{instancePath:instancePath+"/functions/" + i4+"/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/properties/name/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(func1(data46) < 1){
validate22.errors = [{instancePath:instancePath+"/functions/" + i4+"/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/functions/" + i4+"/name",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid14 = _errs93 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data45.description !== undefined){
const _errs95 = errors;
if(typeof data45.description !== "string"){
validate22.errors = [{instancePath:instancePath+"/functions/" + i4+"/description",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/properties/description/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid14 = _errs95 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data45.parameters !== undefined){
let data48 = data45.parameters;
const _errs97 = errors;
if(!(data48 && typeof data48 == "object" && !Array.isArray(data48))){
validate22.errors = [{instancePath:instancePath+"/functions/" + i4+"/parameters",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/properties/parameters/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid14 = _errs97 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data45.strict !== undefined){
let data49 = data45.strict;
const _errs99 = errors;
if((typeof data49 !== "boolean") && (data49 !== null)){
validate22.errors = [{instancePath:instancePath+"/functions/" + i4+"/strict",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/properties/strict/type",keyword:"type",params:{type: schema58.properties.strict.type}}];
return false;
}
var valid14 = _errs99 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/functions/" + i4,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/FunctionDefinition/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid12 = _errs90 === errors;
if(!valid12){
break;
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs88 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.function_call !== undefined){
let data50 = data.function_call;
const _errs101 = errors;
const _errs102 = errors;
let valid15 = false;
const _errs103 = errors;
if(typeof data50 !== "string"){
const err0 = {instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data50 === "none") || (data50 === "auto"))){
const err1 = {instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema33.properties.function_call.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs103 === errors;
valid15 = valid15 || _valid0;
const _errs105 = errors;
if(errors === _errs105){
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
let missing4;
if((data50.name === undefined) && (missing4 = "name")){
const err2 = {instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/anyOf/1/required",keyword:"required",params:{missingProperty: missing4}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(data50.name !== undefined){
if(typeof data50.name !== "string"){
const err3 = {instancePath:instancePath+"/function_call/name",schemaPath:"#/properties/function_call/anyOf/1/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs105 === errors;
valid15 = valid15 || _valid0;
if(_valid0){
var props4 = {};
props4.name = true;
}
if(!valid15){
const err5 = {instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate22.errors = vErrors;
return false;
}
else {
errors = _errs102;
if(vErrors !== null){
if(_errs102){
vErrors.length = _errs102;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs101 === errors;
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
validate22.evaluated = {"props":{"model":true,"messages":true,"tools":true,"tool_choice":true,"parallel_tool_calls":true,"response_format":true,"stream":true,"stream_options":true,"max_tokens":true,"max_completion_tokens":true,"n":true,"stop":true,"temperature":true,"top_p":true,"seed":true,"user":true,"safety_identifier":true,"prompt_cache_key":true,"reasoning_effort":true,"verbosity":true,"frequency_penalty":true,"presence_penalty":true,"logit_bias":true,"logprobs":true,"top_logprobs":true,"metadata":true,"store":true,"service_tier":true,"modalities":true,"audio":true,"prediction":true,"web_search_options":true,"functions":true,"function_call":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/openai/operations/createChatCompletion/body" */;
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
validate20.evaluated = {"props":{"model":true,"messages":true,"tools":true,"tool_choice":true,"parallel_tool_calls":true,"response_format":true,"stream":true,"stream_options":true,"max_tokens":true,"max_completion_tokens":true,"n":true,"stop":true,"temperature":true,"top_p":true,"seed":true,"user":true,"safety_identifier":true,"prompt_cache_key":true,"reasoning_effort":true,"verbosity":true,"frequency_penalty":true,"presence_penalty":true,"logit_bias":true,"logprobs":true,"top_logprobs":true,"metadata":true,"store":true,"service_tier":true,"modalities":true,"audio":true,"prediction":true,"web_search_options":true,"functions":true,"function_call":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateCreateEmbeddingBody = validate67;
const schema72 = {"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest","$id":"https://schemas.nexusflow.invalid/openai/operations/createEmbedding/body"};
const schema73 = {"type":"object","required":["model","input"],"properties":{"model":{"type":"string","minLength":1},"input":{"oneOf":[{"type":"string"},{"type":"array","minItems":1,"maxItems":2048,"items":{"type":"string"}},{"type":"array","minItems":1,"items":{"type":"integer","minimum":0}},{"type":"array","minItems":1,"maxItems":2048,"items":{"type":"array","minItems":1,"items":{"type":"integer","minimum":0}}}]},"encoding_format":{"type":"string","enum":["float","base64"],"default":"float"},"dimensions":{"type":"integer","minimum":1},"user":{"type":"string"}}};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/openai/operations/createEmbedding/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
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
if(((data.model === undefined) && (missing0 = "model")) || ((data.input === undefined) && (missing0 = "input"))){
validate67.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.model !== undefined){
let data0 = data.model;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate67.errors = [{instancePath:instancePath+"/model",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/model/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate67.errors = [{instancePath:instancePath+"/model",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/model/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.input !== undefined){
let data1 = data.input;
const _errs4 = errors;
const _errs5 = errors;
let valid2 = false;
let passing0 = null;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err0 = {instancePath:instancePath+"/input",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data1)){
if(data1.length > 2048){
const err1 = {instancePath:instancePath+"/input",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 2048}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data1.length < 1){
const err2 = {instancePath:instancePath+"/input",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/1/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
var valid3 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs10 = errors;
if(typeof data1[i0] !== "string"){
const err3 = {instancePath:instancePath+"/input/" + i0,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/input",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
var items0 = true;
}
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/input",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/2/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
var valid4 = true;
const len1 = data1.length;
for(let i1=0; i1<len1; i1++){
let data3 = data1[i1];
const _errs14 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/input/" + i1,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/2/items/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(errors === _errs14){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/input/" + i1,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/2/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
var valid4 = _errs14 === errors;
if(!valid4){
break;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/input",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/2/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid2 = true;
passing0 = 2;
if(items0 !== true){
items0 = true;
}
}
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data1)){
if(data1.length > 2048){
const err9 = {instancePath:instancePath+"/input",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/3/maxItems",keyword:"maxItems",params:{limit: 2048}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data1.length < 1){
const err10 = {instancePath:instancePath+"/input",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/3/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
var valid5 = true;
const len2 = data1.length;
for(let i2=0; i2<len2; i2++){
let data4 = data1[i2];
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data4)){
if(data4.length < 1){
const err11 = {instancePath:instancePath+"/input/" + i2,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/3/items/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
var valid6 = true;
const len3 = data4.length;
for(let i3=0; i3<len3; i3++){
let data5 = data4[i3];
const _errs20 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/input/" + i2+"/" + i3,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/3/items/items/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(errors === _errs20){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/input/" + i2+"/" + i3,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/3/items/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
var valid6 = _errs20 === errors;
if(!valid6){
break;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/input/" + i2,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/3/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var valid5 = _errs18 === errors;
if(!valid5){
break;
}
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/input",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf/3/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid0 = _errs16 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid2 = true;
passing0 = 3;
if(items0 !== true){
items0 = true;
}
}
}
}
}
if(!valid2){
const err16 = {instancePath:instancePath+"/input",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/input/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
validate67.errors = vErrors;
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.encoding_format !== undefined){
let data6 = data.encoding_format;
const _errs22 = errors;
if(typeof data6 !== "string"){
validate67.errors = [{instancePath:instancePath+"/encoding_format",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/encoding_format/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data6 === "float") || (data6 === "base64"))){
validate67.errors = [{instancePath:instancePath+"/encoding_format",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/encoding_format/enum",keyword:"enum",params:{allowedValues: schema73.properties.encoding_format.enum}}];
return false;
}
var valid1 = _errs22 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.dimensions !== undefined){
let data7 = data.dimensions;
const _errs24 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate67.errors = [{instancePath:instancePath+"/dimensions",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/dimensions/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs24){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
validate67.errors = [{instancePath:instancePath+"/dimensions",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/dimensions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid1 = _errs24 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.user !== undefined){
const _errs26 = errors;
if(typeof data.user !== "string"){
validate67.errors = [{instancePath:instancePath+"/user",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/properties/user/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs26 === errors;
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
validate67.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateEmbeddingRequest/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":{"model":true,"input":true,"encoding_format":true,"dimensions":true,"user":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateCreateImageBody = validate68;
const schema74 = {"$ref":"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest","$id":"https://schemas.nexusflow.invalid/openai/operations/createImage/body"};
const schema75 = {"type":"object","required":["prompt"],"properties":{"prompt":{"type":"string","minLength":1,"maxLength":32000},"model":{"type":["string","null"],"minLength":1},"n":{"type":["integer","null"],"minimum":1,"maximum":10,"default":1},"size":{"type":["string","null"],"pattern":"^(auto|[1-9][0-9]{1,4}x[1-9][0-9]{1,4})$"},"response_format":{"type":["string","null"],"enum":["url","b64_json",null],"default":"url"},"quality":{"type":["string","null"]},"style":{"type":["string","null"]},"user":{"type":["string","null"]},"stream":{"type":["boolean","null"]}}};
const pattern4 = new RegExp("^(auto|[1-9][0-9]{1,4}x[1-9][0-9]{1,4})$", "u");

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/openai/operations/createImage/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
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
if((data.prompt === undefined) && (missing0 = "prompt")){
validate68.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.prompt !== undefined){
let data0 = data.prompt;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 32000){
validate68.errors = [{instancePath:instancePath+"/prompt",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 32000}}];
return false;
}
else {
if(func1(data0) < 1){
validate68.errors = [{instancePath:instancePath+"/prompt",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/prompt/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/prompt",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/prompt/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.model !== undefined){
let data1 = data.model;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate68.errors = [{instancePath:instancePath+"/model",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/model/type",keyword:"type",params:{type: schema75.properties.model.type}}];
return false;
}
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate68.errors = [{instancePath:instancePath+"/model",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/model/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.n !== undefined){
let data2 = data.n;
const _errs6 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
validate68.errors = [{instancePath:instancePath+"/n",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/n/type",keyword:"type",params:{type: schema75.properties.n.type}}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 10 || isNaN(data2)){
validate68.errors = [{instancePath:instancePath+"/n",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/n/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10}}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate68.errors = [{instancePath:instancePath+"/n",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
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
if(data.size !== undefined){
let data3 = data.size;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate68.errors = [{instancePath:instancePath+"/size",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/size/type",keyword:"type",params:{type: schema75.properties.size.type}}];
return false;
}
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
validate68.errors = [{instancePath:instancePath+"/size",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/size/pattern",keyword:"pattern",params:{pattern: "^(auto|[1-9][0-9]{1,4}x[1-9][0-9]{1,4})$"}}];
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
if(data.response_format !== undefined){
let data4 = data.response_format;
const _errs10 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate68.errors = [{instancePath:instancePath+"/response_format",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/response_format/type",keyword:"type",params:{type: schema75.properties.response_format.type}}];
return false;
}
if(!(((data4 === "url") || (data4 === "b64_json")) || (data4 === null))){
validate68.errors = [{instancePath:instancePath+"/response_format",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/response_format/enum",keyword:"enum",params:{allowedValues: schema75.properties.response_format.enum}}];
return false;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.quality !== undefined){
let data5 = data.quality;
const _errs12 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate68.errors = [{instancePath:instancePath+"/quality",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/quality/type",keyword:"type",params:{type: schema75.properties.quality.type}}];
return false;
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.style !== undefined){
let data6 = data.style;
const _errs14 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate68.errors = [{instancePath:instancePath+"/style",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/style/type",keyword:"type",params:{type: schema75.properties.style.type}}];
return false;
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.user !== undefined){
let data7 = data.user;
const _errs16 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate68.errors = [{instancePath:instancePath+"/user",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/user/type",keyword:"type",params:{type: schema75.properties.user.type}}];
return false;
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.stream !== undefined){
let data8 = data.stream;
const _errs18 = errors;
if((typeof data8 !== "boolean") && (data8 !== null)){
validate68.errors = [{instancePath:instancePath+"/stream",schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/properties/stream/type",keyword:"type",params:{type: schema75.properties.stream.type}}];
return false;
}
var valid1 = _errs18 === errors;
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
else {
validate68.errors = [{instancePath,schemaPath:"https://schemas.nexusflow.invalid/openai.json#/$defs/CreateImageRequest/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":{"prompt":true,"model":true,"n":true,"size":true,"response_format":true,"quality":true,"style":true,"user":true,"stream":true},"dynamicProps":false,"dynamicItems":false};

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

export const validateCreateChatCompletionBody = wrapValidator(raw_validateCreateChatCompletionBody);
export const validateCreateEmbeddingBody = wrapValidator(raw_validateCreateEmbeddingBody);
export const validateCreateImageBody = wrapValidator(raw_validateCreateImageBody);
export const validateRetrieveModelParams = wrapValidator(raw_validateRetrieveModelParams);
