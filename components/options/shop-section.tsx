import { TextField, SelectField, Section } from './fields';
import type { PlatformInfo } from '../../lib/messaging/protocol';
import { useT } from './options-context';
import { platformFields } from './platform-fields';
import { SiteAccessField } from './site-access';
import type { SectionProps } from './section-props';
import { TestButton } from './test-button';

/** Shop: which platform, where the shop is, and import-doctor's own key to read it. */
export function ShopSection({ form, set, errors, status, platforms }: SectionProps & { platforms: PlatformInfo[] }) {
  const t = useT();
  const fields = platformFields(form.platform);
  const choose = (value: string) => {
    const next = platforms.find((p) => p.platform === value);
    if (next) set({ platform: next.platform, statusThreshold: next.statusThresholds[0] ?? '', skuSource: next.skuSources[0] ?? '', shopCredentials: {} });
  };
  const keepHint = status?.shopCredentialsSet ? t('options.shop.keep-stored') : t('options.shop.not-set');
  return (
    <Section title={t('options.section.shop')} testId="section-shop">
      <SelectField
        testId="field-platform"
        label={t('options.shop.platform')}
        value={form.platform}
        options={platforms.map((p) => ({ value: p.platform, label: p.displayName }))}
        onChange={choose}
        error={errors['platform']}
      />
      {fields.address.kind !== 'none' && (
        <TextField
          testId="field-shop-address"
          label={t(fields.address.labelKey)}
          placeholder={fields.address.placeholder}
          value={form.shopAddress}
          onChange={(shopAddress) => set({ shopAddress })}
          error={errors['shopAddress']}
        />
      )}
      {fields.ownDomain && <SiteAccessField shopAddress={form.shopAddress} />}
      {fields.credentials.map((field) => (
        <TextField
          key={field.name}
          testId={field.testId}
          type="password"
          autoComplete="new-password"
          label={t(field.labelKey)}
          hint={keepHint}
          value={form.shopCredentials[field.name] ?? ''}
          onChange={(value) => set({ shopCredentials: { ...form.shopCredentials, [field.name]: value } })}
          error={errors[`shopCredentials.${field.name}`]}
        />
      ))}
      <TestButton id={form.id} side="shop" saved={status !== null} />
    </Section>
  );
}
