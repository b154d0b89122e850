import '@/lib/registrations';
import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { withTooManyRequests } from '@/lib/auth/rate-limited-response';

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: NextRequest, ctx: Ctx) {
  const response: Response = await NextAuth(req, ctx, authOptions());
  return req.method === 'POST' ? withTooManyRequests(response) : response;
}

export { handler as GET, handler as POST };
