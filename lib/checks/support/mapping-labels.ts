/**
 * Evidence labels for check 4: one per mapping slot and state, written out key by key so the
 * catalog test can see every one (the state is part of the label because values stay
 * locale-neutral: the value is the code itself).
 */
import { msg, type Message } from '../../i18n/message';
import type { GlMapping, VatMapping } from '../../model/connection';

export type SlotState = 'ok' | 'unmapped' | 'missing' | 'blocked';
type Labels = Record<SlotState, Message>;

export const VAT_LABELS: Record<keyof VatMapping, Labels> = {
  domesticHigh: {
    ok: msg('evidence.vat.domestic-high.ok'),
    unmapped: msg('evidence.vat.domestic-high.unmapped'),
    missing: msg('evidence.vat.domestic-high.missing'),
    blocked: msg('evidence.vat.domestic-high.blocked'),
  },
  domesticLow: {
    ok: msg('evidence.vat.domestic-low.ok'),
    unmapped: msg('evidence.vat.domestic-low.unmapped'),
    missing: msg('evidence.vat.domestic-low.missing'),
    blocked: msg('evidence.vat.domestic-low.blocked'),
  },
  domesticZero: {
    ok: msg('evidence.vat.domestic-zero.ok'),
    unmapped: msg('evidence.vat.domestic-zero.unmapped'),
    missing: msg('evidence.vat.domestic-zero.missing'),
    blocked: msg('evidence.vat.domestic-zero.blocked'),
  },
  eu: {
    ok: msg('evidence.vat.eu.ok'),
    unmapped: msg('evidence.vat.eu.unmapped'),
    missing: msg('evidence.vat.eu.missing'),
    blocked: msg('evidence.vat.eu.blocked'),
  },
  outsideEu: {
    ok: msg('evidence.vat.outside-eu.ok'),
    unmapped: msg('evidence.vat.outside-eu.unmapped'),
    missing: msg('evidence.vat.outside-eu.missing'),
    blocked: msg('evidence.vat.outside-eu.blocked'),
  },
};

export const GL_LABELS: Record<keyof GlMapping, Labels> = {
  revenueDomestic: {
    ok: msg('evidence.gl.revenue-domestic.ok'),
    unmapped: msg('evidence.gl.revenue-domestic.unmapped'),
    missing: msg('evidence.gl.revenue-domestic.missing'),
    blocked: msg('evidence.gl.revenue-domestic.blocked'),
  },
  revenueEu: {
    ok: msg('evidence.gl.revenue-eu.ok'),
    unmapped: msg('evidence.gl.revenue-eu.unmapped'),
    missing: msg('evidence.gl.revenue-eu.missing'),
    blocked: msg('evidence.gl.revenue-eu.blocked'),
  },
  revenueOutsideEu: {
    ok: msg('evidence.gl.revenue-outside-eu.ok'),
    unmapped: msg('evidence.gl.revenue-outside-eu.unmapped'),
    missing: msg('evidence.gl.revenue-outside-eu.missing'),
    blocked: msg('evidence.gl.revenue-outside-eu.blocked'),
  },
  shipping: {
    ok: msg('evidence.gl.shipping.ok'),
    unmapped: msg('evidence.gl.shipping.unmapped'),
    missing: msg('evidence.gl.shipping.missing'),
    blocked: msg('evidence.gl.shipping.blocked'),
  },
};
