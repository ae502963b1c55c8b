// class-validator builds a rule's message with this function; its package declares it under types/.
declare module 'class-validator/cjs/validation/ValidationUtils' {
  export { ValidationUtils } from 'class-validator/types/validation/ValidationUtils';
}
