import 'reflect-metadata';
import { CompiledBodies } from '@aftersales/platform';
import { RegisterCaseDto } from './register-case.dto';

describe('registration body', () => {
  it('a valid registration takes the compiled validation path, as a RegisterCaseDto', () => {
    const body = {
      branch: 'HZ',
      channel: 'hotline',
      kind: 'quality-complaint',
      severity: 'general',
      customer: { customerId: 'cust-1', name: '客户', phone: '13800000000', address: '地址' },
      product: { model: 'M-1', serialNumber: 'SN-1' },
      problem: { description: '客户描述的问题', symptomCode: 'S1' },
    };
    const dto = new CompiledBodies().accept(RegisterCaseDto, body);
    expect(dto).toBeInstanceOf(RegisterCaseDto);
    expect(dto).toMatchObject(body);
  });
});
