// Registration of str methods (ids in str-methods.ts).
export function registerStrMethods(): void {}
