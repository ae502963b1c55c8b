import type { components as Intake } from './schema/intake';
import type { components as Quality } from './schema/quality-inspection';

export type RegisterCaseDto = Intake['schemas']['RegisterCaseDto'];
export type ReviewValidityDto = Intake['schemas']['ReviewValidityDto'];
export type ShareDto = Quality['schemas']['ShareDto'];
