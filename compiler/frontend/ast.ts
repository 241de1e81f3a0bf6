// Python AST node shapes, mirroring CPython 3.12's `ast` module: the same
// class names (`_type`), field names and field order. Generated once from the
// ASDL field list and maintained by hand since.

import type { PyConstant } from './constants.js';

export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

export interface Module {
  _type: 'Module';
  body: stmt[];
  type_ignores: TypeIgnore[];
}

export interface Interactive {
  _type: 'Interactive';
  body: stmt[];
}

export interface Expression {
  _type: 'Expression';
  body: expr;
}

export interface FunctionType {
  _type: 'FunctionType';
  argtypes: expr[];
  returns: expr;
}

export interface FunctionDef extends Located {
  _type: 'FunctionDef';
  name: string;
  args: arguments;
  body: stmt[];
  decorator_list: expr[];
  returns: expr | null;
  type_comment: string | null;
  type_params: type_param[];
}

export interface AsyncFunctionDef extends Located {
  _type: 'AsyncFunctionDef';
  name: string;
  args: arguments;
  body: stmt[];
  decorator_list: expr[];
  returns: expr | null;
  type_comment: string | null;
  type_params: type_param[];
}

export interface ClassDef extends Located {
  _type: 'ClassDef';
  name: string;
  bases: expr[];
  keywords: keyword[];
  body: stmt[];
  decorator_list: expr[];
  type_params: type_param[];
}

export interface Return extends Located {
  _type: 'Return';
  value: expr | null;
}

export interface Delete extends Located {
  _type: 'Delete';
  targets: expr[];
}

export interface Assign extends Located {
  _type: 'Assign';
  targets: expr[];
  value: expr;
  type_comment: string | null;
}

export interface TypeAlias extends Located {
  _type: 'TypeAlias';
  name: expr;
  type_params: type_param[];
  value: expr;
}

export interface AugAssign extends Located {
  _type: 'AugAssign';
  target: expr;
  op: operator;
  value: expr;
}

export interface AnnAssign extends Located {
  _type: 'AnnAssign';
  target: expr;
  annotation: expr | null;
  value: expr | null;
  simple: number;
}

export interface For extends Located {
  _type: 'For';
  target: expr;
  iter: expr;
  body: stmt[];
  orelse: stmt[];
  type_comment: string | null;
}

export interface AsyncFor extends Located {
  _type: 'AsyncFor';
  target: expr;
  iter: expr;
  body: stmt[];
  orelse: stmt[];
  type_comment: string | null;
}

export interface While extends Located {
  _type: 'While';
  test: expr;
  body: stmt[];
  orelse: stmt[];
}

export interface If extends Located {
  _type: 'If';
  test: expr;
  body: stmt[];
  orelse: stmt[];
}

export interface With extends Located {
  _type: 'With';
  items: withitem[];
  body: stmt[];
  type_comment: string | null;
}

export interface AsyncWith extends Located {
  _type: 'AsyncWith';
  items: withitem[];
  body: stmt[];
  type_comment: string | null;
}

export interface Match extends Located {
  _type: 'Match';
  subject: expr;
  cases: match_case[];
}

export interface Raise extends Located {
  _type: 'Raise';
  exc: expr | null;
  cause: expr | null;
}

export interface Try extends Located {
  _type: 'Try';
  body: stmt[];
  handlers: excepthandler[];
  orelse: stmt[];
  finalbody: stmt[];
}

export interface TryStar extends Located {
  _type: 'TryStar';
  body: stmt[];
  handlers: excepthandler[];
  orelse: stmt[];
  finalbody: stmt[];
}

export interface Assert extends Located {
  _type: 'Assert';
  test: expr;
  msg: expr | null;
}

export interface Import extends Located {
  _type: 'Import';
  names: alias[];
}

export interface ImportFrom extends Located {
  _type: 'ImportFrom';
  module: string | null;
  names: alias[];
  level: number;
}

export interface Global extends Located {
  _type: 'Global';
  names: string[];
}

export interface Nonlocal extends Located {
  _type: 'Nonlocal';
  names: string[];
}

export interface Expr extends Located {
  _type: 'Expr';
  value: expr;
}

export interface Pass extends Located {
  _type: 'Pass';
}

export interface Break extends Located {
  _type: 'Break';
}

export interface Continue extends Located {
  _type: 'Continue';
}

export interface BoolOp extends Located {
  _type: 'BoolOp';
  op: boolop;
  values: expr[];
}

export interface NamedExpr extends Located {
  _type: 'NamedExpr';
  target: expr;
  value: expr;
}

export interface BinOp extends Located {
  _type: 'BinOp';
  left: expr;
  op: operator;
  right: expr;
}

export interface UnaryOp extends Located {
  _type: 'UnaryOp';
  op: unaryop;
  operand: expr;
}

export interface Lambda extends Located {
  _type: 'Lambda';
  args: arguments;
  body: expr;
}

export interface IfExp extends Located {
  _type: 'IfExp';
  test: expr;
  body: expr;
  orelse: expr;
}

export interface Dict extends Located {
  _type: 'Dict';
  keys: Array<expr | null>;
  values: expr[];
}

export interface Set extends Located {
  _type: 'Set';
  elts: expr[];
}

export interface ListComp extends Located {
  _type: 'ListComp';
  elt: expr;
  generators: comprehension[];
}

export interface SetComp extends Located {
  _type: 'SetComp';
  elt: expr;
  generators: comprehension[];
}

export interface DictComp extends Located {
  _type: 'DictComp';
  key: expr;
  value: expr;
  generators: comprehension[];
}

export interface GeneratorExp extends Located {
  _type: 'GeneratorExp';
  elt: expr;
  generators: comprehension[];
}

export interface Await extends Located {
  _type: 'Await';
  value: expr;
}

export interface Yield extends Located {
  _type: 'Yield';
  value: expr | null;
}

export interface YieldFrom extends Located {
  _type: 'YieldFrom';
  value: expr;
}

export interface Compare extends Located {
  _type: 'Compare';
  left: expr;
  ops: cmpop[];
  comparators: expr[];
}

export interface Call extends Located {
  _type: 'Call';
  func: expr;
  args: expr[];
  keywords: keyword[];
}

export interface FormattedValue extends Located {
  _type: 'FormattedValue';
  value: expr;
  conversion: number;
  format_spec: expr | null;
}

export interface JoinedStr extends Located {
  _type: 'JoinedStr';
  values: expr[];
}

export interface Constant extends Located {
  _type: 'Constant';
  value: PyConstant;
  kind: string | null;
}

export interface Attribute extends Located {
  _type: 'Attribute';
  value: expr;
  attr: string;
  ctx: expr_context;
}

export interface Subscript extends Located {
  _type: 'Subscript';
  value: expr;
  slice: expr;
  ctx: expr_context;
}

export interface Starred extends Located {
  _type: 'Starred';
  value: expr;
  ctx: expr_context;
}

export interface Name extends Located {
  _type: 'Name';
  id: string;
  ctx: expr_context;
}

export interface List extends Located {
  _type: 'List';
  elts: expr[];
  ctx: expr_context;
}

export interface Tuple extends Located {
  _type: 'Tuple';
  elts: expr[];
  ctx: expr_context;
}

export interface Slice extends Located {
  _type: 'Slice';
  lower: expr | null;
  upper: expr | null;
  step: expr | null;
}

export interface Load {
  _type: 'Load';
}

export interface Store {
  _type: 'Store';
}

export interface Del {
  _type: 'Del';
}

export interface And {
  _type: 'And';
}

export interface Or {
  _type: 'Or';
}

export interface Add {
  _type: 'Add';
}

export interface Sub {
  _type: 'Sub';
}

export interface Mult {
  _type: 'Mult';
}

export interface MatMult {
  _type: 'MatMult';
}

export interface Div {
  _type: 'Div';
}

export interface Mod {
  _type: 'Mod';
}

export interface Pow {
  _type: 'Pow';
}

export interface LShift {
  _type: 'LShift';
}

export interface RShift {
  _type: 'RShift';
}

export interface BitOr {
  _type: 'BitOr';
}

export interface BitXor {
  _type: 'BitXor';
}

export interface BitAnd {
  _type: 'BitAnd';
}

export interface FloorDiv {
  _type: 'FloorDiv';
}

export interface Invert {
  _type: 'Invert';
}

export interface Not {
  _type: 'Not';
}

export interface UAdd {
  _type: 'UAdd';
}

export interface USub {
  _type: 'USub';
}

export interface Eq {
  _type: 'Eq';
}

export interface NotEq {
  _type: 'NotEq';
}

export interface Lt {
  _type: 'Lt';
}

export interface LtE {
  _type: 'LtE';
}

export interface Gt {
  _type: 'Gt';
}

export interface GtE {
  _type: 'GtE';
}

export interface Is {
  _type: 'Is';
}

export interface IsNot {
  _type: 'IsNot';
}

export interface In {
  _type: 'In';
}

export interface NotIn {
  _type: 'NotIn';
}

export interface comprehension {
  _type: 'comprehension';
  target: expr;
  iter: expr;
  ifs: expr[];
  is_async: number;
}

export interface ExceptHandler extends Located {
  _type: 'ExceptHandler';
  type: expr | null;
  name: string | null;
  body: stmt[];
}

export interface arguments {
  _type: 'arguments';
  posonlyargs: arg[];
  args: arg[];
  vararg: arg | null;
  kwonlyargs: arg[];
  kw_defaults: Array<expr | null>;
  kwarg: arg | null;
  defaults: expr[];
}

export interface arg extends Located {
  _type: 'arg';
  arg: string;
  annotation: expr | null;
  type_comment: string | null;
}

export interface keyword extends Located {
  _type: 'keyword';
  arg: string | null;
  value: expr;
}

export interface alias extends Located {
  _type: 'alias';
  name: string;
  asname: string | null;
}

export interface withitem {
  _type: 'withitem';
  context_expr: expr;
  optional_vars: expr | null;
}

export interface match_case {
  _type: 'match_case';
  pattern: pattern;
  guard: expr | null;
  body: stmt[];
}

export interface MatchValue extends Located {
  _type: 'MatchValue';
  value: expr;
}

export interface MatchSingleton extends Located {
  _type: 'MatchSingleton';
  value: PyConstant;
}

export interface MatchSequence extends Located {
  _type: 'MatchSequence';
  patterns: pattern[];
}

export interface MatchMapping extends Located {
  _type: 'MatchMapping';
  keys: expr[];
  patterns: pattern[];
  rest: string | null;
}

export interface MatchClass extends Located {
  _type: 'MatchClass';
  cls: expr;
  patterns: pattern[];
  kwd_attrs: string[];
  kwd_patterns: pattern[];
}

export interface MatchStar extends Located {
  _type: 'MatchStar';
  name: string | null;
}

export interface MatchAs extends Located {
  _type: 'MatchAs';
  pattern: pattern | null;
  name: string | null;
}

export interface MatchOr extends Located {
  _type: 'MatchOr';
  patterns: pattern[];
}

export interface TypeIgnore {
  _type: 'TypeIgnore';
  lineno: number;
  tag: string;
}

export interface TypeVar extends Located {
  _type: 'TypeVar';
  name: string;
  bound: expr | null;
}

export interface ParamSpec extends Located {
  _type: 'ParamSpec';
  name: string;
}

export interface TypeVarTuple extends Located {
  _type: 'TypeVarTuple';
  name: string;
}

export type mod = Module | Interactive | Expression | FunctionType;

export type stmt = FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | TypeAlias | AugAssign | AnnAssign | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert | Import | ImportFrom | Global | Nonlocal | Expr | Pass | Break | Continue;

export type expr = BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | Set | ListComp | SetComp | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

export type expr_context = Load | Store | Del;

export type boolop = And | Or;

export type operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv;

export type unaryop = Invert | Not | UAdd | USub;

export type cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn;

export type excepthandler = ExceptHandler;

export type pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type type_ignore = TypeIgnore;

export type type_param = TypeVar | ParamSpec | TypeVarTuple;

export type AnyNode = Module | Interactive | Expression | FunctionType | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | TypeAlias | AugAssign | AnnAssign | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert | Import | ImportFrom | Global | Nonlocal | Expr | Pass | Break | Continue | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | Set | ListComp | SetComp | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice | Load | Store | Del | And | Or | Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv | Invert | Not | UAdd | USub | Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn | comprehension | ExceptHandler | arguments | arg | keyword | alias | withitem | match_case | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr | TypeIgnore | TypeVar | ParamSpec | TypeVarTuple;


/** Field names of every concrete node class, in CPython's `_fields` order. */
export const NODE_FIELDS: Readonly<Record<AnyNode['_type'], readonly string[]>> = {
  Module: ['body', 'type_ignores'],
  Interactive: ['body'],
  Expression: ['body'],
  FunctionType: ['argtypes', 'returns'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment', 'type_params'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment', 'type_params'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list', 'type_params'],
  Return: ['value'],
  Delete: ['targets'],
  Assign: ['targets', 'value', 'type_comment'],
  TypeAlias: ['name', 'type_params', 'value'],
  AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment'],
  AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment'],
  AsyncWith: ['items', 'body', 'type_comment'],
  Match: ['subject', 'cases'],
  Raise: ['exc', 'cause'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg'],
  Import: ['names'],
  ImportFrom: ['module', 'names', 'level'],
  Global: ['names'],
  Nonlocal: ['names'],
  Expr: ['value'],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ['op', 'values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Await: ['value'],
  Yield: ['value'],
  YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec'],
  JoinedStr: ['values'],
  Constant: ['value', 'kind'],
  Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'],
  List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'],
  Slice: ['lower', 'upper', 'step'],
  Load: [],
  Store: [],
  Del: [],
  And: [],
  Or: [],
  Add: [],
  Sub: [],
  Mult: [],
  MatMult: [],
  Div: [],
  Mod: [],
  Pow: [],
  LShift: [],
  RShift: [],
  BitOr: [],
  BitXor: [],
  BitAnd: [],
  FloorDiv: [],
  Invert: [],
  Not: [],
  UAdd: [],
  USub: [],
  Eq: [],
  NotEq: [],
  Lt: [],
  LtE: [],
  Gt: [],
  GtE: [],
  Is: [],
  IsNot: [],
  In: [],
  NotIn: [],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type', 'name', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  arg: ['arg', 'annotation', 'type_comment'],
  keyword: ['arg', 'value'],
  alias: ['name', 'asname'],
  withitem: ['context_expr', 'optional_vars'],
  match_case: ['pattern', 'guard', 'body'],
  MatchValue: ['value'],
  MatchSingleton: ['value'],
  MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns', 'rest'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchStar: ['name'],
  MatchAs: ['pattern', 'name'],
  MatchOr: ['patterns'],
  TypeIgnore: ['lineno', 'tag'],
  TypeVar: ['name', 'bound'],
  ParamSpec: ['name'],
  TypeVarTuple: ['name'],
};

/** Node classes that carry lineno/col_offset/end_lineno/end_col_offset. */
export const LOCATED_NODES: ReadonlySet<string> = new Set([
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'TypeAlias', 'AugAssign', 'AnnAssign', 'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert', 'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue', 'BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr', 'Constant', 'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice', 'ExceptHandler', 'arg', 'keyword', 'alias', 'MatchValue', 'MatchSingleton', 'MatchSequence', 'MatchMapping', 'MatchClass', 'MatchStar', 'MatchAs', 'MatchOr', 'TypeVar', 'ParamSpec', 'TypeVarTuple',
]);

