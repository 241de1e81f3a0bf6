// Ids of builtin functions and builtin-type methods (dispatch in builtins-dispatch.ts).
export const B_PRINT: u32 = 1;
export const B_LEN: u32 = 2;
export const B_REPR: u32 = 3;
export const B_ABS: u32 = 4;
export const B_MIN: u32 = 5;
export const B_MAX: u32 = 6;
export const B_SUM: u32 = 7;
export const B_ANY: u32 = 8;
export const B_ALL: u32 = 9;
export const B_SORTED: u32 = 10;
export const B_ISINSTANCE: u32 = 11;
export const B_ISSUBCLASS: u32 = 12;
export const B_HASH: u32 = 13;
export const B_ORD: u32 = 14;
export const B_CHR: u32 = 15;
export const B_HEX: u32 = 16;
export const B_OCT: u32 = 17;
export const B_BIN: u32 = 18;
export const B_DIVMOD: u32 = 19;
export const B_POW: u32 = 20;
export const B_ROUND: u32 = 21;
export const B_ITER: u32 = 22;
export const B_NEXT: u32 = 23;
export const B_INPUT: u32 = 24;
export const B_ID: u32 = 25;
export const B_CALLABLE: u32 = 26;
export const B_FORMAT: u32 = 27;
export const B_ASCII: u32 = 28;
export const B_GETATTR: u32 = 29;
export const B_SETATTR: u32 = 30;
export const B_HASATTR: u32 = 31;
export const B_SYS_EXIT: u32 = 32;
export const B_DELATTR: u32 = 33;
export const B_SYS_GETRECLIMIT: u32 = 34;
export const B_SYS_SETRECLIMIT: u32 = 35;
export const B_SYS_SET_INT_MAX: u32 = 36;
export const B_SYS_GET_INT_MAX: u32 = 37;
export const B_VARS: u32 = 38;
export const B_LAST_GLOBAL: u32 = 99;

// str methods 100..199
export const M_STR_FIRST: u32 = 100;
// list 200..239, tuple 240..249, dict 250..289, set 290..339
export const M_LIST_FIRST: u32 = 200;
export const M_TUPLE_FIRST: u32 = 240;
export const M_DICT_FIRST: u32 = 250;
export const M_SET_FIRST: u32 = 290;
// int/float/bytes/exception/file/misc 340..399
export const M_MISC_FIRST: u32 = 340;
export const M_BYTES_FIRST: u32 = 400; // bytes-methods.ts
export const M_LAST: u32 = 450;
