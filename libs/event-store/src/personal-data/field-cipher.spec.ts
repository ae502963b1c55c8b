import { randomBytes } from 'node:crypto';
import { ERASED } from '../event-store.port';
import { decryptFields, encryptFields } from './field-cipher';

const key = { keyId: '0190b7c4-0000-7000-8000-000000000001', key: randomBytes(32) };
const spec = { subjectId: 'customer-1', paths: ['customer.name', 'customer.phone', 'customer.missing'] };

describe('personal fields (AUD-4)', () => {
  const data = {
    caseId: 'c-1',
    customer: { customerId: 'customer-1', name: '张三', phone: '138' },
    tags: ['a'],
  };

  it('encrypts each personal field and leaves the caller’s data untouched', () => {
    const original = structuredClone(data);
    const sealed = encryptFields(data, spec, key) as typeof data;
    expect(data).toEqual(original);
    expect(sealed.customer.name).toMatch(new RegExp(`^enc:v1:${key.keyId}:`));
    expect(sealed.customer.phone).not.toBe(sealed.customer.name);
    expect(sealed.customer.customerId).toBe('customer-1');
    expect(sealed.tags).toBe(data.tags); // untouched branches are shared, not copied
    expect('missing' in sealed.customer).toBe(false);
  });

  it('decrypts with the subject’s key, and reads as erased without it', () => {
    const sealed = encryptFields(data, spec, key) as typeof data;
    const readable = structuredClone(sealed);
    decryptFields(readable, spec, [{ ...key, keyId: 'another' }, key]);
    expect(readable).toEqual(data);
    const forgotten = structuredClone(sealed);
    decryptFields(forgotten, spec, undefined);
    expect(forgotten.customer).toEqual({ customerId: 'customer-1', name: ERASED, phone: ERASED });
  });

  it('a ciphertext moved to another field or subject does not decrypt', () => {
    const sealed = encryptFields(data, spec, key) as typeof data;
    const moved = structuredClone(sealed);
    moved.customer.phone = sealed.customer.name;
    expect(() => decryptFields(moved, spec, [key])).toThrow();
    const other = structuredClone(sealed);
    expect(() => decryptFields(other, { ...spec, subjectId: 'customer-2' }, [key])).toThrow();
  });

  it('the same value encrypts differently each time (fresh IV)', () => {
    const first = encryptFields(data, spec, key) as typeof data;
    const second = encryptFields(data, spec, key) as typeof data;
    expect(first.customer.name).not.toBe(second.customer.name);
  });
});
