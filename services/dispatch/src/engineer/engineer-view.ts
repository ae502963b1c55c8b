import { type EngineerState } from './engineer.state';

export function view(state: EngineerState) {
  return state.exists ? state : undefined;
}
