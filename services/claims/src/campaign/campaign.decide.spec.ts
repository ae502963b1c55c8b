import { givenWhenThen } from '@aftersales/cqrs';
import { NotFound } from '@aftersales/kernel';
import { campaignDecider, type CampaignCommand } from './campaign.decider';

const T0 = new Date('2027-01-10T02:00:00Z');
const given = givenWhenThen(campaignDecider, (now) => ({ now }), T0);

const propose: CampaignCommand = {
  type: 'ProposeCampaign',
  campaignId: 'cp1',
  branch: 'HZ',
  kind: 'recall',
  title: 'coil batch 2026-11',
  model: 'KYN28-12',
  serials: ['SN-1', 'SN-2', 'SN-1'],
  proposedBy: 'u-clm',
};
const proposed = given([]).when(propose).events();
const approved = given(proposed)
  .when({ type: 'ApproveCampaign', campaignId: 'cp1', approvedBy: 'u-exec', approverRole: 'executive' })
  .events();

describe('campaigns', () => {
  it('CLM-6: a campaign is proposed with its model and units (each once)', () => {
    expect(proposed).toEqual(
      [
        {
          type: 'CampaignProposed',
          data: { ...propose, type: undefined, serials: ['SN-1', 'SN-2'], proposedAt: T0.toISOString() },
        },
      ].map((e) => JSON.parse(JSON.stringify(e))),
    );
  });
  it('CLM-6: no case is linked before an executive approves it', () => {
    given(proposed)
      .when({ type: 'LinkCase', campaignId: 'cp1', caseId: 'c1' })
      .thenThrows('CLM-6', /executive's approval/);
  });
  it('CLM-6: only an executive approves', () => {
    given(proposed)
      .when({
        type: 'ApproveCampaign',
        campaignId: 'cp1',
        approvedBy: 'u-head',
        approverRole: 'after-sales-head',
      })
      .thenThrows('CLM-6', /by an executive, not a after-sales-head/);
  });
  it('CLM-6: once approved, every affected case and unit is linked, each once', () => {
    const linked = given([...proposed, ...approved])
      .when({ type: 'LinkCase', campaignId: 'cp1', caseId: 'c1' })
      .events();
    expect(linked.map((e) => e.type)).toEqual(['CampaignCaseLinked']);
    given([...proposed, ...approved, ...linked])
      .when({ type: 'LinkCase', campaignId: 'cp1', caseId: 'c1' })
      .then([]);
    const [added] = given([...proposed, ...approved])
      .when({ type: 'AddSerials', campaignId: 'cp1', serials: ['SN-2', 'SN-3'] })
      .events();
    expect(added.data).toMatchObject({ serials: ['SN-3'] });
  });
  it('CLM-6: an unknown campaign is not found', () => {
    given([]).when({ type: 'LinkCase', campaignId: 'cp9', caseId: 'c1' }).thenThrows(NotFound);
  });
});
