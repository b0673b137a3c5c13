// Generated from spec/openapi/gemini.yaml by spec/codegen — do not edit.
// Request validators: Ajv standalone code (JSON Schema 2020-12) compiled at generate time.
import * as __ajvModule0 from 'ajv/dist/runtime/ucs2length.js';
import { raw_validateGenerateContentParams, raw_validateStreamGenerateContentQuery, raw_validateStreamGenerateContentParams, raw_validateCountTokensParams, raw_validateEmbedContentParams, raw_validateBatchEmbedContentsParams, raw_validateListModelsQuery, raw_validateGetModelParams } from './validators-params.gen.js';

function __commonJs(ns) {
  const d = ns.default;
  return d !== null && (typeof d === 'object' || typeof d === 'function') && d.__esModule ? d : ns;
}
const __ajvRuntime0 = __commonJs(__ajvModule0);

const raw_validateGenerateContentBody = validate20;
const schema31 = {"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/GenerateContentRequest","$id":"https://schemas.nexusflow.invalid/gemini/operations/generateContent/body"};
const schema33 = {"type":"object","required":["contents"],"properties":{"model":{"type":"string"},"contents":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/Content"}},"systemInstruction":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/SystemInstruction"},"tools":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/Tool"}},"toolConfig":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig"},"generationConfig":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/GenerationConfig"},"safetySettings":{"type":"array","items":{"type":"object","properties":{"category":{"type":"string"},"threshold":{"type":"string"}}}},"cachedContent":{"type":"string"}}};
const schema43 = {"type":"object","properties":{"functionCallingConfig":{"type":"object","properties":{"mode":{"type":"string","enum":["MODE_UNSPECIFIED","AUTO","ANY","NONE","VALIDATED"]},"allowedFunctionNames":{"type":"array","items":{"type":"string"}}}}}};
const schema34 = {"type":"object","required":["parts"],"properties":{"role":{"type":"string","enum":["user","model","function","tool"]},"parts":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/Part"}}}};
const schema35 = {"type":"object","properties":{"text":{"type":"string"},"inlineData":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/Blob"},"fileData":{"type":"object","required":["fileUri"],"properties":{"mimeType":{"type":"string"},"fileUri":{"type":"string"}}},"functionCall":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/FunctionCall"},"functionResponse":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/FunctionResponse"},"thought":{"type":"boolean"},"thoughtSignature":{"type":"string"}}};
const schema36 = {"type":"object","required":["mimeType","data"],"properties":{"mimeType":{"type":"string"},"data":{"type":"string"}}};
const schema37 = {"type":"object","required":["name"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"args":{"type":"object"}}};
const schema38 = {"type":"object","required":["name"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"response":{"type":"object"}}};

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
if(data.text !== undefined){
const _errs1 = errors;
if(typeof data.text !== "string"){
validate24.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inlineData !== undefined){
let data1 = data.inlineData;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if(((data1.mimeType === undefined) && (missing0 = "mimeType")) || ((data1.data === undefined) && (missing0 = "data"))){
validate24.errors = [{instancePath:instancePath+"/inlineData",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/Blob/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data1.mimeType !== undefined){
const _errs6 = errors;
if(typeof data1.mimeType !== "string"){
validate24.errors = [{instancePath:instancePath+"/inlineData/mimeType",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/Blob/properties/mimeType/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.data !== undefined){
const _errs8 = errors;
if(typeof data1.data !== "string"){
validate24.errors = [{instancePath:instancePath+"/inlineData/data",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/Blob/properties/data/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/inlineData",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/Blob/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fileData !== undefined){
let data4 = data.fileData;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.fileUri === undefined) && (missing1 = "fileUri")){
validate24.errors = [{instancePath:instancePath+"/fileData",schemaPath:"#/properties/fileData/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data4.mimeType !== undefined){
const _errs12 = errors;
if(typeof data4.mimeType !== "string"){
validate24.errors = [{instancePath:instancePath+"/fileData/mimeType",schemaPath:"#/properties/fileData/properties/mimeType/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.fileUri !== undefined){
const _errs14 = errors;
if(typeof data4.fileUri !== "string"){
validate24.errors = [{instancePath:instancePath+"/fileData/fileUri",schemaPath:"#/properties/fileData/properties/fileUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/fileData",schemaPath:"#/properties/fileData/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.functionCall !== undefined){
let data7 = data.functionCall;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((data7.name === undefined) && (missing2 = "name")){
validate24.errors = [{instancePath:instancePath+"/functionCall",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/FunctionCall/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data7.id !== undefined){
const _errs19 = errors;
if(typeof data7.id !== "string"){
validate24.errors = [{instancePath:instancePath+"/functionCall/id",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/FunctionCall/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.name !== undefined){
const _errs21 = errors;
if(typeof data7.name !== "string"){
validate24.errors = [{instancePath:instancePath+"/functionCall/name",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/FunctionCall/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.args !== undefined){
let data10 = data7.args;
const _errs23 = errors;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
validate24.errors = [{instancePath:instancePath+"/functionCall/args",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/FunctionCall/properties/args/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/functionCall",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/FunctionCall/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.functionResponse !== undefined){
let data11 = data.functionResponse;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing3;
if((data11.name === undefined) && (missing3 = "name")){
validate24.errors = [{instancePath:instancePath+"/functionResponse",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/FunctionResponse/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
if(data11.id !== undefined){
const _errs28 = errors;
if(typeof data11.id !== "string"){
validate24.errors = [{instancePath:instancePath+"/functionResponse/id",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/FunctionResponse/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs28 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data11.name !== undefined){
const _errs30 = errors;
if(typeof data11.name !== "string"){
validate24.errors = [{instancePath:instancePath+"/functionResponse/name",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/FunctionResponse/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs30 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data11.response !== undefined){
let data14 = data11.response;
const _errs32 = errors;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
validate24.errors = [{instancePath:instancePath+"/functionResponse/response",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/FunctionResponse/properties/response/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid7 = _errs32 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/functionResponse",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/FunctionResponse/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thought !== undefined){
const _errs34 = errors;
if(typeof data.thought !== "boolean"){
validate24.errors = [{instancePath:instancePath+"/thought",schemaPath:"#/properties/thought/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thoughtSignature !== undefined){
const _errs36 = errors;
if(typeof data.thoughtSignature !== "string"){
validate24.errors = [{instancePath:instancePath+"/thoughtSignature",schemaPath:"#/properties/thoughtSignature/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs36 === errors;
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
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"text":true,"inlineData":true,"fileData":true,"functionCall":true,"functionResponse":true,"thought":true,"thoughtSignature":true},"dynamicProps":false,"dynamicItems":false};


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
if((data.parts === undefined) && (missing0 = "parts")){
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
if(!((((data0 === "user") || (data0 === "model")) || (data0 === "function")) || (data0 === "tool"))){
validate23.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema34.properties.role.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parts !== undefined){
let data1 = data.parts;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate24(data1[i0], {instancePath:instancePath+"/parts/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/type",keyword:"type",params:{type: "array"}}];
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
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"role":true,"parts":true},"dynamicProps":false,"dynamicItems":false};

const schema39 = {"type":"object","required":["parts"],"properties":{"role":{"type":"string"},"parts":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/Part"}}}};

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
if((data.parts === undefined) && (missing0 = "parts")){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.role !== undefined){
const _errs1 = errors;
if(typeof data.role !== "string"){
validate27.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parts !== undefined){
let data1 = data.parts;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate24(data1[i0], {instancePath:instancePath+"/parts/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/type",keyword:"type",params:{type: "array"}}];
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
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"role":true,"parts":true},"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"object","properties":{"functionDeclarations":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/FunctionDeclaration"}}}};
const schema41 = {"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":128},"description":{"type":"string"},"parameters":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/Schema"},"parametersJsonSchema":{},"response":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/Schema"},"responseJsonSchema":{}}};
const func1 = __ajvRuntime0.default;
const schema42 = {"type":"object","properties":{"type":{"type":"string","enum":["TYPE_UNSPECIFIED","STRING","NUMBER","INTEGER","BOOLEAN","ARRAY","OBJECT","NULL","string","number","integer","boolean","array","object","null"]},"format":{"type":"string"},"description":{"type":"string"},"nullable":{"type":"boolean"},"enum":{"type":"array","items":{"type":"string"}},"properties":{"type":"object","additionalProperties":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/Schema"}},"required":{"type":"array","items":{"type":"string"}},"items":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/Schema"},"anyOf":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/Schema"}}}};
const wrapper0 = {validate: validate32};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((((((((((data0 === "TYPE_UNSPECIFIED") || (data0 === "STRING")) || (data0 === "NUMBER")) || (data0 === "INTEGER")) || (data0 === "BOOLEAN")) || (data0 === "ARRAY")) || (data0 === "OBJECT")) || (data0 === "NULL")) || (data0 === "string")) || (data0 === "number")) || (data0 === "integer")) || (data0 === "boolean")) || (data0 === "array")) || (data0 === "object")) || (data0 === "null"))){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema42.properties.type.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.format !== undefined){
const _errs3 = errors;
if(typeof data.format !== "string"){
validate32.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs5 = errors;
if(typeof data.description !== "string"){
validate32.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nullable !== undefined){
const _errs7 = errors;
if(typeof data.nullable !== "boolean"){
validate32.errors = [{instancePath:instancePath+"/nullable",schemaPath:"#/properties/nullable/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.enum !== undefined){
let data4 = data.enum;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(typeof data4[i0] !== "string"){
validate32.errors = [{instancePath:instancePath+"/enum/" + i0,schemaPath:"#/properties/enum/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/enum",schemaPath:"#/properties/enum/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.properties !== undefined){
let data6 = data.properties;
const _errs13 = errors;
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
const _errs16 = errors;
if(!(wrapper0.validate(data6[key0], {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var valid2 = _errs16 === errors;
if(!valid2){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/properties",schemaPath:"#/properties/properties/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.required !== undefined){
let data8 = data.required;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data8)){
var valid3 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
const _errs19 = errors;
if(typeof data8[i1] !== "string"){
validate32.errors = [{instancePath:instancePath+"/required/" + i1,schemaPath:"#/properties/required/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs19 === errors;
if(!valid3){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
const _errs21 = errors;
if(!(wrapper0.validate(data.items, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.anyOf !== undefined){
let data11 = data.anyOf;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data11)){
var valid4 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
const _errs24 = errors;
if(!(wrapper0.validate(data11[i2], {instancePath:instancePath+"/anyOf/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var valid4 = _errs24 === errors;
if(!valid4){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/anyOf",schemaPath:"#/properties/anyOf/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs22 === errors;
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
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"type":true,"format":true,"description":true,"nullable":true,"enum":true,"properties":true,"required":true,"items":true,"anyOf":true},"dynamicProps":false,"dynamicItems":false};


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
if((data.name === undefined) && (missing0 = "name")){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.name !== undefined){
let data0 = data.name;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(func1(data0) > 128){
validate31.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 128}}];
return false;
}
else {
if(func1(data0) < 1){
validate31.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs3 = errors;
if(typeof data.description !== "string"){
validate31.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parameters !== undefined){
const _errs5 = errors;
if(!(validate32(data.parameters, {instancePath:instancePath+"/parameters",parentData:data,parentDataProperty:"parameters",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.response !== undefined){
const _errs6 = errors;
if(!(validate32(data.response, {instancePath:instancePath+"/response",parentData:data,parentDataProperty:"response",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
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
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"name":true,"description":true,"parameters":true,"parametersJsonSchema":true,"response":true,"responseJsonSchema":true},"dynamicProps":false,"dynamicItems":false};


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
if(data.functionDeclarations !== undefined){
let data0 = data.functionDeclarations;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate31(data0[i0], {instancePath:instancePath+"/functionDeclarations/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/functionDeclarations",schemaPath:"#/properties/functionDeclarations/type",keyword:"type",params:{type: "array"}}];
return false;
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
validate30.evaluated = {"props":{"functionDeclarations":true},"dynamicProps":false,"dynamicItems":false};

const schema44 = {"type":"object","properties":{"temperature":{"type":"number","minimum":0,"maximum":2},"topP":{"type":"number","minimum":0,"maximum":1},"topK":{"type":"integer","minimum":1},"maxOutputTokens":{"type":"integer","minimum":1},"stopSequences":{"type":"array","maxItems":5,"items":{"type":"string"}},"candidateCount":{"type":"integer","minimum":1,"maximum":8},"seed":{"type":"integer"},"presencePenalty":{"type":"number"},"frequencyPenalty":{"type":"number"},"responseMimeType":{"type":"string"},"responseSchema":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/Schema"},"responseJsonSchema":{},"thinkingConfig":{"type":"object","properties":{"thinkingBudget":{"type":"integer","minimum":-1},"includeThoughts":{"type":"boolean"},"thinkingLevel":{"type":"string"}}}}};

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
if(data.temperature !== undefined){
let data0 = data.temperature;
const _errs1 = errors;
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 2 || isNaN(data0)){
validate37.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2}}];
return false;
}
else {
if(data0 < 0 || isNaN(data0)){
validate37.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/type",keyword:"type",params:{type: "number"}}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.topP !== undefined){
let data1 = data.topP;
const _errs3 = errors;
if(errors === _errs3){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1 || isNaN(data1)){
validate37.errors = [{instancePath:instancePath+"/topP",schemaPath:"#/properties/topP/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate37.errors = [{instancePath:instancePath+"/topP",schemaPath:"#/properties/topP/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/topP",schemaPath:"#/properties/topP/type",keyword:"type",params:{type: "number"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.topK !== undefined){
let data2 = data.topK;
const _errs5 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate37.errors = [{instancePath:instancePath+"/topK",schemaPath:"#/properties/topK/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate37.errors = [{instancePath:instancePath+"/topK",schemaPath:"#/properties/topK/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxOutputTokens !== undefined){
let data3 = data.maxOutputTokens;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate37.errors = [{instancePath:instancePath+"/maxOutputTokens",schemaPath:"#/properties/maxOutputTokens/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate37.errors = [{instancePath:instancePath+"/maxOutputTokens",schemaPath:"#/properties/maxOutputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
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
if(data.stopSequences !== undefined){
let data4 = data.stopSequences;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
if(data4.length > 5){
validate37.errors = [{instancePath:instancePath+"/stopSequences",schemaPath:"#/properties/stopSequences/maxItems",keyword:"maxItems",params:{limit: 5}}];
return false;
}
else {
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(typeof data4[i0] !== "string"){
validate37.errors = [{instancePath:instancePath+"/stopSequences/" + i0,schemaPath:"#/properties/stopSequences/items/type",keyword:"type",params:{type: "string"}}];
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
validate37.errors = [{instancePath:instancePath+"/stopSequences",schemaPath:"#/properties/stopSequences/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.candidateCount !== undefined){
let data6 = data.candidateCount;
const _errs13 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate37.errors = [{instancePath:instancePath+"/candidateCount",schemaPath:"#/properties/candidateCount/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs13){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 8 || isNaN(data6)){
validate37.errors = [{instancePath:instancePath+"/candidateCount",schemaPath:"#/properties/candidateCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8}}];
return false;
}
else {
if(data6 < 1 || isNaN(data6)){
validate37.errors = [{instancePath:instancePath+"/candidateCount",schemaPath:"#/properties/candidateCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
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
if(data.seed !== undefined){
let data7 = data.seed;
const _errs15 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate37.errors = [{instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.presencePenalty !== undefined){
let data8 = data.presencePenalty;
const _errs17 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate37.errors = [{instancePath:instancePath+"/presencePenalty",schemaPath:"#/properties/presencePenalty/type",keyword:"type",params:{type: "number"}}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.frequencyPenalty !== undefined){
let data9 = data.frequencyPenalty;
const _errs19 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate37.errors = [{instancePath:instancePath+"/frequencyPenalty",schemaPath:"#/properties/frequencyPenalty/type",keyword:"type",params:{type: "number"}}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responseMimeType !== undefined){
const _errs21 = errors;
if(typeof data.responseMimeType !== "string"){
validate37.errors = [{instancePath:instancePath+"/responseMimeType",schemaPath:"#/properties/responseMimeType/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responseSchema !== undefined){
const _errs23 = errors;
if(!(validate32(data.responseSchema, {instancePath:instancePath+"/responseSchema",parentData:data,parentDataProperty:"responseSchema",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thinkingConfig !== undefined){
let data12 = data.thinkingConfig;
const _errs24 = errors;
if(errors === _errs24){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.thinkingBudget !== undefined){
let data13 = data12.thinkingBudget;
const _errs26 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate37.errors = [{instancePath:instancePath+"/thinkingConfig/thinkingBudget",schemaPath:"#/properties/thinkingConfig/properties/thinkingBudget/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs26){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < -1 || isNaN(data13)){
validate37.errors = [{instancePath:instancePath+"/thinkingConfig/thinkingBudget",schemaPath:"#/properties/thinkingConfig/properties/thinkingBudget/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1}}];
return false;
}
}
}
var valid2 = _errs26 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data12.includeThoughts !== undefined){
const _errs28 = errors;
if(typeof data12.includeThoughts !== "boolean"){
validate37.errors = [{instancePath:instancePath+"/thinkingConfig/includeThoughts",schemaPath:"#/properties/thinkingConfig/properties/includeThoughts/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid2 = _errs28 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data12.thinkingLevel !== undefined){
const _errs30 = errors;
if(typeof data12.thinkingLevel !== "string"){
validate37.errors = [{instancePath:instancePath+"/thinkingConfig/thinkingLevel",schemaPath:"#/properties/thinkingConfig/properties/thinkingLevel/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs30 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/thinkingConfig",schemaPath:"#/properties/thinkingConfig/type",keyword:"type",params:{type: "object"}}];
return false;
}
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
}
}
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
validate37.evaluated = {"props":{"temperature":true,"topP":true,"topK":true,"maxOutputTokens":true,"stopSequences":true,"candidateCount":true,"seed":true,"presencePenalty":true,"frequencyPenalty":true,"responseMimeType":true,"responseSchema":true,"responseJsonSchema":true,"thinkingConfig":true},"dynamicProps":false,"dynamicItems":false};


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
if((data.contents === undefined) && (missing0 = "contents")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.model !== undefined){
const _errs1 = errors;
if(typeof data.model !== "string"){
validate22.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contents !== undefined){
let data1 = data.contents;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate23(data1[i0], {instancePath:instancePath+"/contents/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/contents",schemaPath:"#/properties/contents/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.systemInstruction !== undefined){
const _errs6 = errors;
if(!(validate27(data.systemInstruction, {instancePath:instancePath+"/systemInstruction",parentData:data,parentDataProperty:"systemInstruction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
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
if(!(validate30(data4[i1], {instancePath:instancePath+"/tools/" + i1,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid2 = _errs9 === errors;
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
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.toolConfig !== undefined){
let data6 = data.toolConfig;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.functionCallingConfig !== undefined){
let data7 = data6.functionCallingConfig;
const _errs13 = errors;
if(errors === _errs13){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.mode !== undefined){
let data8 = data7.mode;
const _errs15 = errors;
if(typeof data8 !== "string"){
validate22.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig/mode",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/properties/mode/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((data8 === "MODE_UNSPECIFIED") || (data8 === "AUTO")) || (data8 === "ANY")) || (data8 === "NONE")) || (data8 === "VALIDATED"))){
validate22.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig/mode",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/properties/mode/enum",keyword:"enum",params:{allowedValues: schema43.properties.functionCallingConfig.properties.mode.enum}}];
return false;
}
var valid5 = _errs15 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.allowedFunctionNames !== undefined){
let data9 = data7.allowedFunctionNames;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data9)){
var valid6 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
const _errs19 = errors;
if(typeof data9[i2] !== "string"){
validate22.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig/allowedFunctionNames/" + i2,schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/properties/allowedFunctionNames/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs19 === errors;
if(!valid6){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig/allowedFunctionNames",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/properties/allowedFunctionNames/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/toolConfig",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generationConfig !== undefined){
const _errs21 = errors;
if(!(validate37(data.generationConfig, {instancePath:instancePath+"/generationConfig",parentData:data,parentDataProperty:"generationConfig",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.safetySettings !== undefined){
let data12 = data.safetySettings;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data12)){
var valid7 = true;
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
const _errs24 = errors;
if(errors === _errs24){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.category !== undefined){
const _errs26 = errors;
if(typeof data13.category !== "string"){
validate22.errors = [{instancePath:instancePath+"/safetySettings/" + i3+"/category",schemaPath:"#/properties/safetySettings/items/properties/category/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data13.threshold !== undefined){
const _errs28 = errors;
if(typeof data13.threshold !== "string"){
validate22.errors = [{instancePath:instancePath+"/safetySettings/" + i3+"/threshold",schemaPath:"#/properties/safetySettings/items/properties/threshold/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs28 === errors;
}
else {
var valid8 = true;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/safetySettings/" + i3,schemaPath:"#/properties/safetySettings/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid7 = _errs24 === errors;
if(!valid7){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/safetySettings",schemaPath:"#/properties/safetySettings/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cachedContent !== undefined){
const _errs30 = errors;
if(typeof data.cachedContent !== "string"){
validate22.errors = [{instancePath:instancePath+"/cachedContent",schemaPath:"#/properties/cachedContent/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs30 === errors;
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
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"model":true,"contents":true,"systemInstruction":true,"tools":true,"toolConfig":true,"generationConfig":true,"safetySettings":true,"cachedContent":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/gemini/operations/generateContent/body" */;
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
validate20.evaluated = {"props":{"model":true,"contents":true,"systemInstruction":true,"tools":true,"toolConfig":true,"generationConfig":true,"safetySettings":true,"cachedContent":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateStreamGenerateContentBody = validate41;
const schema45 = {"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/GenerateContentRequest","$id":"https://schemas.nexusflow.invalid/gemini/operations/streamGenerateContent/body"};

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
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.contents === undefined) && (missing0 = "contents")){
validate42.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.model !== undefined){
const _errs1 = errors;
if(typeof data.model !== "string"){
validate42.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contents !== undefined){
let data1 = data.contents;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate23(data1[i0], {instancePath:instancePath+"/contents/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/contents",schemaPath:"#/properties/contents/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.systemInstruction !== undefined){
const _errs6 = errors;
if(!(validate27(data.systemInstruction, {instancePath:instancePath+"/systemInstruction",parentData:data,parentDataProperty:"systemInstruction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
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
if(!(validate30(data4[i1], {instancePath:instancePath+"/tools/" + i1,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.toolConfig !== undefined){
let data6 = data.toolConfig;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.functionCallingConfig !== undefined){
let data7 = data6.functionCallingConfig;
const _errs13 = errors;
if(errors === _errs13){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.mode !== undefined){
let data8 = data7.mode;
const _errs15 = errors;
if(typeof data8 !== "string"){
validate42.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig/mode",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/properties/mode/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((data8 === "MODE_UNSPECIFIED") || (data8 === "AUTO")) || (data8 === "ANY")) || (data8 === "NONE")) || (data8 === "VALIDATED"))){
validate42.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig/mode",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/properties/mode/enum",keyword:"enum",params:{allowedValues: schema43.properties.functionCallingConfig.properties.mode.enum}}];
return false;
}
var valid5 = _errs15 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.allowedFunctionNames !== undefined){
let data9 = data7.allowedFunctionNames;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data9)){
var valid6 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
const _errs19 = errors;
if(typeof data9[i2] !== "string"){
validate42.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig/allowedFunctionNames/" + i2,schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/properties/allowedFunctionNames/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs19 === errors;
if(!valid6){
break;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig/allowedFunctionNames",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/properties/allowedFunctionNames/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/toolConfig",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generationConfig !== undefined){
const _errs21 = errors;
if(!(validate37(data.generationConfig, {instancePath:instancePath+"/generationConfig",parentData:data,parentDataProperty:"generationConfig",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.safetySettings !== undefined){
let data12 = data.safetySettings;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data12)){
var valid7 = true;
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
const _errs24 = errors;
if(errors === _errs24){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.category !== undefined){
const _errs26 = errors;
if(typeof data13.category !== "string"){
validate42.errors = [{instancePath:instancePath+"/safetySettings/" + i3+"/category",schemaPath:"#/properties/safetySettings/items/properties/category/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data13.threshold !== undefined){
const _errs28 = errors;
if(typeof data13.threshold !== "string"){
validate42.errors = [{instancePath:instancePath+"/safetySettings/" + i3+"/threshold",schemaPath:"#/properties/safetySettings/items/properties/threshold/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs28 === errors;
}
else {
var valid8 = true;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/safetySettings/" + i3,schemaPath:"#/properties/safetySettings/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid7 = _errs24 === errors;
if(!valid7){
break;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/safetySettings",schemaPath:"#/properties/safetySettings/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cachedContent !== undefined){
const _errs30 = errors;
if(typeof data.cachedContent !== "string"){
validate42.errors = [{instancePath:instancePath+"/cachedContent",schemaPath:"#/properties/cachedContent/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs30 === errors;
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
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":{"model":true,"contents":true,"systemInstruction":true,"tools":true,"toolConfig":true,"generationConfig":true,"safetySettings":true,"cachedContent":true},"dynamicProps":false,"dynamicItems":false};


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/gemini/operations/streamGenerateContent/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate42(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":{"model":true,"contents":true,"systemInstruction":true,"tools":true,"toolConfig":true,"generationConfig":true,"safetySettings":true,"cachedContent":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateCountTokensBody = validate48;
const schema48 = {"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/CountTokensRequest","$id":"https://schemas.nexusflow.invalid/gemini/operations/countTokens/body"};
const schema49 = {"type":"object","properties":{"contents":{"type":"array","items":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/Content"}},"generateContentRequest":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/GenerateContentRequest"}}};

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
if((data.contents === undefined) && (missing0 = "contents")){
validate51.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.model !== undefined){
const _errs1 = errors;
if(typeof data.model !== "string"){
validate51.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contents !== undefined){
let data1 = data.contents;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate23(data1[i0], {instancePath:instancePath+"/contents/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/contents",schemaPath:"#/properties/contents/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.systemInstruction !== undefined){
const _errs6 = errors;
if(!(validate27(data.systemInstruction, {instancePath:instancePath+"/systemInstruction",parentData:data,parentDataProperty:"systemInstruction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
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
if(!(validate30(data4[i1], {instancePath:instancePath+"/tools/" + i1,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.toolConfig !== undefined){
let data6 = data.toolConfig;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.functionCallingConfig !== undefined){
let data7 = data6.functionCallingConfig;
const _errs13 = errors;
if(errors === _errs13){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.mode !== undefined){
let data8 = data7.mode;
const _errs15 = errors;
if(typeof data8 !== "string"){
validate51.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig/mode",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/properties/mode/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((data8 === "MODE_UNSPECIFIED") || (data8 === "AUTO")) || (data8 === "ANY")) || (data8 === "NONE")) || (data8 === "VALIDATED"))){
validate51.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig/mode",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/properties/mode/enum",keyword:"enum",params:{allowedValues: schema43.properties.functionCallingConfig.properties.mode.enum}}];
return false;
}
var valid5 = _errs15 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.allowedFunctionNames !== undefined){
let data9 = data7.allowedFunctionNames;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data9)){
var valid6 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
const _errs19 = errors;
if(typeof data9[i2] !== "string"){
validate51.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig/allowedFunctionNames/" + i2,schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/properties/allowedFunctionNames/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs19 === errors;
if(!valid6){
break;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig/allowedFunctionNames",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/properties/allowedFunctionNames/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/toolConfig/functionCallingConfig",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/properties/functionCallingConfig/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/toolConfig",schemaPath:"https://schemas.nexusflow.invalid/gemini.json#/$defs/ToolConfig/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generationConfig !== undefined){
const _errs21 = errors;
if(!(validate37(data.generationConfig, {instancePath:instancePath+"/generationConfig",parentData:data,parentDataProperty:"generationConfig",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.safetySettings !== undefined){
let data12 = data.safetySettings;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data12)){
var valid7 = true;
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
const _errs24 = errors;
if(errors === _errs24){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.category !== undefined){
const _errs26 = errors;
if(typeof data13.category !== "string"){
validate51.errors = [{instancePath:instancePath+"/safetySettings/" + i3+"/category",schemaPath:"#/properties/safetySettings/items/properties/category/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data13.threshold !== undefined){
const _errs28 = errors;
if(typeof data13.threshold !== "string"){
validate51.errors = [{instancePath:instancePath+"/safetySettings/" + i3+"/threshold",schemaPath:"#/properties/safetySettings/items/properties/threshold/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs28 === errors;
}
else {
var valid8 = true;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/safetySettings/" + i3,schemaPath:"#/properties/safetySettings/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid7 = _errs24 === errors;
if(!valid7){
break;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/safetySettings",schemaPath:"#/properties/safetySettings/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cachedContent !== undefined){
const _errs30 = errors;
if(typeof data.cachedContent !== "string"){
validate51.errors = [{instancePath:instancePath+"/cachedContent",schemaPath:"#/properties/cachedContent/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs30 === errors;
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
validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":{"model":true,"contents":true,"systemInstruction":true,"tools":true,"toolConfig":true,"generationConfig":true,"safetySettings":true,"cachedContent":true},"dynamicProps":false,"dynamicItems":false};


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contents !== undefined){
let data0 = data.contents;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate23(data0[i0], {instancePath:instancePath+"/contents/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/contents",schemaPath:"#/properties/contents/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generateContentRequest !== undefined){
const _errs4 = errors;
if(!(validate51(data.generateContentRequest, {instancePath:instancePath+"/generateContentRequest",parentData:data,parentDataProperty:"generateContentRequest",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":{"contents":true,"generateContentRequest":true},"dynamicProps":false,"dynamicItems":false};


function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/gemini/operations/countTokens/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate49(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":{"contents":true,"generateContentRequest":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateEmbedContentBody = validate58;
const schema52 = {"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/EmbedContentRequest","$id":"https://schemas.nexusflow.invalid/gemini/operations/embedContent/body"};
const schema53 = {"type":"object","required":["content"],"properties":{"model":{"type":"string"},"content":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/Content"},"taskType":{"type":"string"},"title":{"type":"string"},"outputDimensionality":{"type":"integer","minimum":1}}};

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
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.content === undefined) && (missing0 = "content")){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.model !== undefined){
const _errs1 = errors;
if(typeof data.model !== "string"){
validate59.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}}];
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
if(!(validate23(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.taskType !== undefined){
const _errs4 = errors;
if(typeof data.taskType !== "string"){
validate59.errors = [{instancePath:instancePath+"/taskType",schemaPath:"#/properties/taskType/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs6 = errors;
if(typeof data.title !== "string"){
validate59.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outputDimensionality !== undefined){
let data4 = data.outputDimensionality;
const _errs8 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate59.errors = [{instancePath:instancePath+"/outputDimensionality",schemaPath:"#/properties/outputDimensionality/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs8){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate59.errors = [{instancePath:instancePath+"/outputDimensionality",schemaPath:"#/properties/outputDimensionality/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
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
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"model":true,"content":true,"taskType":true,"title":true,"outputDimensionality":true},"dynamicProps":false,"dynamicItems":false};


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/gemini/operations/embedContent/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":{"model":true,"content":true,"taskType":true,"title":true,"outputDimensionality":true},"dynamicProps":false,"dynamicItems":false};

const raw_validateBatchEmbedContentsBody = validate62;
const schema54 = {"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/BatchEmbedContentsRequest","$id":"https://schemas.nexusflow.invalid/gemini/operations/batchEmbedContents/body"};
const schema55 = {"type":"object","required":["requests"],"properties":{"requests":{"type":"array","minItems":1,"items":{"$ref":"https://schemas.nexusflow.invalid/gemini.json#/$defs/EmbedContentRequest"}}}};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.content === undefined) && (missing0 = "content")){
validate64.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.model !== undefined){
const _errs1 = errors;
if(typeof data.model !== "string"){
validate64.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}}];
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
if(!(validate23(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.taskType !== undefined){
const _errs4 = errors;
if(typeof data.taskType !== "string"){
validate64.errors = [{instancePath:instancePath+"/taskType",schemaPath:"#/properties/taskType/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs6 = errors;
if(typeof data.title !== "string"){
validate64.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outputDimensionality !== undefined){
let data4 = data.outputDimensionality;
const _errs8 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate64.errors = [{instancePath:instancePath+"/outputDimensionality",schemaPath:"#/properties/outputDimensionality/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs8){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate64.errors = [{instancePath:instancePath+"/outputDimensionality",schemaPath:"#/properties/outputDimensionality/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
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
validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":{"model":true,"content":true,"taskType":true,"title":true,"outputDimensionality":true},"dynamicProps":false,"dynamicItems":false};


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
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.requests === undefined) && (missing0 = "requests")){
validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.requests !== undefined){
let data0 = data.requests;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
if(data0.length < 1){
validate63.errors = [{instancePath:instancePath+"/requests",schemaPath:"#/properties/requests/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate64(data0[i0], {instancePath:instancePath+"/requests/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/requests",schemaPath:"#/properties/requests/type",keyword:"type",params:{type: "array"}}];
return false;
}
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
return errors === 0;
}
validate63.evaluated = {"props":{"requests":true},"dynamicProps":false,"dynamicItems":false};


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.nexusflow.invalid/gemini/operations/batchEmbedContents/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate63(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":{"requests":true},"dynamicProps":false,"dynamicItems":false};

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

export const validateBatchEmbedContentsBody = wrapValidator(raw_validateBatchEmbedContentsBody);
export const validateBatchEmbedContentsParams = wrapValidator(raw_validateBatchEmbedContentsParams);
export const validateCountTokensBody = wrapValidator(raw_validateCountTokensBody);
export const validateCountTokensParams = wrapValidator(raw_validateCountTokensParams);
export const validateEmbedContentBody = wrapValidator(raw_validateEmbedContentBody);
export const validateEmbedContentParams = wrapValidator(raw_validateEmbedContentParams);
export const validateGenerateContentBody = wrapValidator(raw_validateGenerateContentBody);
export const validateGenerateContentParams = wrapValidator(raw_validateGenerateContentParams);
export const validateGetModelParams = wrapValidator(raw_validateGetModelParams);
export const validateListModelsQuery = wrapValidator(raw_validateListModelsQuery);
export const validateStreamGenerateContentBody = wrapValidator(raw_validateStreamGenerateContentBody);
export const validateStreamGenerateContentParams = wrapValidator(raw_validateStreamGenerateContentParams);
export const validateStreamGenerateContentQuery = wrapValidator(raw_validateStreamGenerateContentQuery);
