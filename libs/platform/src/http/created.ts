import type { FastifyReply } from 'fastify';

/**
 * 201 Created with the new resource's Location: the route's own path (service prefix included)
 * and the id, e.g. POST /intake/cases → /intake/cases/<caseId>.
 */
export function created(reply: FastifyReply, id: string): void {
  const collection = (reply.request.routeOptions.url ?? reply.request.url.split('?')[0]).replace(/\/$/, '');
  void reply.status(201).header('location', `${collection}/${encodeURIComponent(id)}`);
}
