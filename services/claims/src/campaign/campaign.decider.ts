import type { Aggregate, Decider } from '@aftersales/cqrs';
import { NotFound, RuleViolation } from '@aftersales/kernel';

/** CLM-6: a batch quality problem or recall across many units (stream `campaign-<campaignId>`). */
export type CampaignEvent =
  | {
      type: 'CampaignProposed';
      data: {
        campaignId: string;
        branch: string;
        kind: 'batch-quality' | 'recall';
        title: string;
        model: string;
        serials: string[];
        proposedBy: string;
        proposedAt: string;
      };
    }
  | {
      type: 'CampaignApproved';
      data: {
        campaignId: string;
        branch: string;
        approvedBy: string;
        approverRole: string;
        approvedAt: string;
      };
    }
  | {
      type: 'CampaignCaseLinked';
      data: { campaignId: string; branch: string; caseId: string; linkedAt: string };
    }
  | {
      type: 'CampaignSerialsAdded';
      data: { campaignId: string; branch: string; serials: string[]; addedAt: string };
    };

export type CampaignState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly campaignId: string;
      readonly branch: string;
      readonly kind: 'batch-quality' | 'recall';
      readonly title: string;
      readonly model: string;
      readonly status: 'proposed' | 'open';
      readonly approvedBy?: string;
      readonly serials: readonly string[];
      readonly cases: readonly string[];
    };

export type CampaignCommand =
  | {
      type: 'ProposeCampaign';
      campaignId: string;
      branch: string;
      kind: 'batch-quality' | 'recall';
      title: string;
      model: string;
      serials: string[];
      proposedBy: string;
    }
  | { type: 'ApproveCampaign'; campaignId: string; approvedBy: string; approverRole: string }
  | { type: 'LinkCase'; campaignId: string; caseId: string }
  | { type: 'AddSerials'; campaignId: string; serials: string[] };

const mustBeOpen = (state: CampaignState & { exists: true }, what: string) => {
  if (state.status !== 'open')
    throw new RuleViolation(
      'CLM-6',
      `campaign ${state.campaignId} needs an executive's approval before ${what}`,
    );
};

export const campaignDecider: Decider<CampaignCommand, CampaignEvent, CampaignState> = {
  initialState: { exists: false },
  evolve(state, event) {
    switch (event.type) {
      case 'CampaignProposed': {
        const { campaignId, branch, kind, title, model, serials } = event.data;
        return {
          exists: true,
          campaignId,
          branch,
          kind,
          title,
          model,
          serials,
          cases: [],
          status: 'proposed',
        };
      }
      case 'CampaignApproved':
        return state.exists ? { ...state, status: 'open', approvedBy: event.data.approvedBy } : state;
      case 'CampaignCaseLinked':
        return state.exists ? { ...state, cases: [...state.cases, event.data.caseId] } : state;
      case 'CampaignSerialsAdded':
        return state.exists ? { ...state, serials: [...state.serials, ...event.data.serials] } : state;
    }
  },
  decide(command, state, { now }) {
    const at = now.toISOString();
    if (command.type === 'ProposeCampaign') {
      if (state.exists) return [];
      const { type: _t, ...data } = command;
      return [
        { type: 'CampaignProposed', data: { ...data, serials: [...new Set(data.serials)], proposedAt: at } },
      ];
    }
    if (!state.exists) throw new NotFound('campaign', command.campaignId);
    const of = { campaignId: state.campaignId, branch: state.branch };
    switch (command.type) {
      case 'ApproveCampaign':
        // The role check is the endpoint's; the decider keeps the rule should another path call it.
        if (command.approverRole !== 'executive')
          throw new RuleViolation(
            'CLM-6',
            `a campaign is approved by an executive, not a ${command.approverRole}`,
          );
        if (state.status === 'open') return [];
        return [
          {
            type: 'CampaignApproved',
            data: {
              ...of,
              approvedBy: command.approvedBy,
              approverRole: command.approverRole,
              approvedAt: at,
            },
          },
        ];
      case 'LinkCase':
        mustBeOpen(state, 'cases are linked');
        if (state.cases.includes(command.caseId)) return [];
        return [{ type: 'CampaignCaseLinked', data: { ...of, caseId: command.caseId, linkedAt: at } }];
      case 'AddSerials': {
        mustBeOpen(state, 'units are added');
        const fresh = [...new Set(command.serials)].filter((s) => !state.serials.includes(s));
        if (fresh.length === 0) return [];
        return [{ type: 'CampaignSerialsAdded', data: { ...of, serials: fresh, addedAt: at } }];
      }
    }
  },
};

export const campaignAggregate: Aggregate<CampaignCommand, CampaignEvent, CampaignState, { now: Date }> = {
  category: 'campaign',
  idOf: (command) => command.campaignId,
  decider: campaignDecider,
  context: (now) => ({ now }),
};
