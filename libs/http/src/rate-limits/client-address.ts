/**
 * The address a request came from: Fastify's `request.ip`, which is the socket's peer unless the peer is one of
 * TRUSTED_PROXIES (then the address that proxy forwarded). Clients cannot choose it by sending a header.
 */
export const clientAddressOf = (request: { ip: string }) => request.ip;
