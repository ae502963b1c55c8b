import { createCipheriv, randomBytes } from 'node:crypto';
import { ERASED } from '../event-store.port';
import { decryptFields, sealPersonalFields } from './field-cipher';

const key = { keyId: '0190b7c4-0000-7000-8000-000000000001', key: randomBytes(32) };
const spec = { subjectId: 'customer-1', paths: ['customer.name', 'customer.phone', 'customer.missing'] };
const eventId = '0190b7c4-0000-7000-8000-0000000000e1';

describe('personal fields (AUD-4)', () => {
  const data = {
    caseId: 'c-1',
    customer: { customerId: 'customer-1', name: '张三', phone: '138' },
    tags: ['a'],
  };

  it('seals the personal fields of an event together and leaves the caller’s data untouched', () => {
    const original = structuredClone(data);
    const sealed = sealPersonalFields(data, spec, key, eventId);
    const stored = sealed.data as typeof data;
    expect(data).toEqual(original);
    expect(stored.customer.name).toBe(`enc:v2:${key.keyId}`);
    expect(stored.customer.phone).toBe(`enc:v2:${key.keyId}`);
    expect(JSON.stringify(sealed)).not.toContain('张三');
    expect(sealed.personal).toEqual({ ...spec, sealed: expect.stringMatching(new RegExp(`^${key.keyId}:`)) });
    expect(stored.customer.customerId).toBe('customer-1');
    expect(stored.tags).toBe(data.tags); // untouched branches are shared, not copied
    expect('missing' in stored.customer).toBe(false);
  });

  it('decrypts with the subject’s key, and reads as erased without it', () => {
    const sealed = sealPersonalFields(data, spec, key, eventId);
    const readable = structuredClone(sealed.data);
    decryptFields(readable, sealed.personal, [{ ...key, keyId: 'another' }, key], eventId);
    expect(readable).toEqual(data);
    const forgotten = structuredClone(sealed.data) as typeof data;
    decryptFields(forgotten, sealed.personal, undefined, eventId);
    expect(forgotten.customer).toEqual({ customerId: 'customer-1', name: ERASED, phone: ERASED });
  });

  it('a seal moved to another event or subject, or altered, does not decrypt', () => {
    const sealed = sealPersonalFields(data, spec, key, eventId);
    const other = '0190b7c4-0000-7000-8000-0000000000e2';
    expect(() => decryptFields(structuredClone(sealed.data), sealed.personal, [key], other)).toThrow();
    const otherSubject = { ...sealed.personal, subjectId: 'customer-2' };
    expect(() => decryptFields(structuredClone(sealed.data), otherSubject, [key], eventId)).toThrow();
    const raw = Buffer.from(sealed.personal.sealed!.split(':')[1], 'base64');
    raw[raw.length - 1] ^= 1;
    const altered = { ...sealed.personal, sealed: `${key.keyId}:${raw.toString('base64')}` };
    expect(() => decryptFields(structuredClone(sealed.data), altered, [key], eventId)).toThrow();
  });

  it('the same values seal differently each time (fresh IV)', () => {
    const first = sealPersonalFields(data, spec, key, eventId);
    const second = sealPersonalFields(data, spec, key, eventId);
    expect(first.personal.sealed).not.toBe(second.personal.sealed);
  });

  it('an event without any of the personal fields is stored as it came, without a seal', () => {
    const plain = { caseId: 'c-2', customer: { customerId: 'customer-1' } };
    const sealed = sealPersonalFields(plain, spec, key, eventId);
    expect(sealed.data).toBe(plain);
    expect(sealed.personal).toBe(spec);
  });

  it('fields sealed one by one (enc:v1, written before) still decrypt, and read as erased without the key', () => {
    const v1 = (path: string, value: unknown) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key.key, iv);
      cipher.setAAD(Buffer.from(`${spec.subjectId}|${path}`));
      const text = Buffer.concat([cipher.update(JSON.stringify(value)), cipher.final()]);
      return `enc:v1:${key.keyId}:${Buffer.concat([iv, cipher.getAuthTag(), text]).toString('base64')}`;
    };
    const stored = {
      caseId: 'c-1',
      customer: {
        customerId: 'customer-1',
        name: v1('customer.name', '张三'),
        phone: v1('customer.phone', '138'),
      },
      tags: ['a'],
    };
    const readable = structuredClone(stored);
    decryptFields(readable, spec, [key], eventId);
    expect(readable).toEqual(data);
    const swapped = structuredClone(stored);
    swapped.customer.phone = stored.customer.name;
    expect(() => decryptFields(swapped, spec, [key], eventId)).toThrow();
    const forgotten = structuredClone(stored);
    decryptFields(forgotten, spec, [], eventId);
    expect(forgotten.customer).toEqual({ customerId: 'customer-1', name: ERASED, phone: ERASED });
  });
});
