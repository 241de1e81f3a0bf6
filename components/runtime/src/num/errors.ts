// Error reporting for the numeric library: functions that can fail return 0
// (or a documented sentinel) and set numErr to one of these codes; the
// runtime turns the code into the CPython exception and message.
export let numErr: i32 = 0;
export function setNumErr(code: i32): void { numErr = code; }
export function clearNumErr(): void { numErr = 0; }

export const ERR_NONE = 0;
export const ERR_ZERO_DIV = 1;          // ZeroDivisionError: integer division or modulo by zero / float ... (caller picks text)
export const ERR_NEG_SHIFT = 2;         // ValueError: negative shift count
export const ERR_NOT_INVERTIBLE = 3;    // ValueError: base is not invertible for the given modulus
export const ERR_POW_MOD_ZERO = 4;      // ValueError: pow() 3rd argument cannot be 0
export const ERR_INT_TOO_LARGE_FLOAT = 5; // OverflowError: int too large to convert to float
export const ERR_INVALID_LITERAL = 6;   // ValueError: invalid literal for int() with base %d: %R
export const ERR_BASE_RANGE = 7;        // ValueError: int() base must be >= 2 and <= 36, or 0
export const ERR_STR_DIGITS_TO_STR = 8; // ValueError: Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
export const ERR_STR_DIGITS_FROM_STR = 9; // ValueError: Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit  (digit count in numErrArg)
export const ERR_FLOAT_NAN_TO_INT = 10; // ValueError: cannot convert float NaN to integer
export const ERR_FLOAT_INF_TO_INT = 11; // OverflowError: cannot convert float infinity to integer
export const ERR_NEG_POW = 12;          // (not an error) int ** negative int: caller computes float(a) ** float(b)
export const ERR_SHIFT_TOO_LARGE = 13;  // OverflowError: too many digits in integer (left shift too big)
export const ERR_FLOAT_PARSE = 14;      // ValueError: could not convert string to float: %R
export const ERR_ZERO_NEG_POW = 15;     // ZeroDivisionError: 0.0 cannot be raised to a negative power
export const ERR_COMPLEX_POW = 16;      // ValueError (out of scope: CPython returns complex) negative number to fractional power
export const ERR_FLOAT_OVERFLOW = 17;   // OverflowError: (34, 'Numerical result out of range')  [float ** overflow]
export const ERR_ROUND_OVERFLOW = 18;   // OverflowError: rounded value too large to represent
export const ERR_FORMAT = 19;           // ValueError/TypeError from format specs: text from formatErrorMessage()
export const ERR_FLOAT_DIV_ZERO = 20;   // ZeroDivisionError: float division by zero / float modulo / float floor division by zero
export const ERR_FLOAT_TOO_LARGE_INT = 21; // OverflowError: int too large ... (unused)

// Extra integer detail for some errors (digit count for ERR_STR_DIGITS_FROM_STR).
export let numErrArg: i64 = 0;
export function setNumErrArg(v: i64): void { numErrArg = v; }
