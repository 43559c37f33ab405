import { z } from 'zod';

// Field schemas shared by several routes, so every route words its errors alike.

export const emailSchema = z.email().max(320);
export const nameSchema = z.string().trim().min(1).max(200);
export const idParamSchema = z.string().min(1).max(100);
export const isoDateSchema = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
