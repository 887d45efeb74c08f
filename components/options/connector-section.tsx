import { msg } from '../../lib/i18n/message';
import { EditionSchema } from '../../lib/model/connection';
import { translate } from '../../lib/i18n/translate';
import { CheckboxField, Section, SelectField, TextField } from './fields';
import { useOptions, useT } from './options-context';
import { platformFields } from './platform-fields';
import type { SectionProps } from './section-props';

/** Connector settings, as copied from the connector's control panel (ConnectorSettingsSchema). */
export function ConnectorSection({ form, set, errors, platform }: SectionProps) {
  const t = useT();
  const { lang } = useOptions();
  // A threshold without its own text shows as the platform calls it.
  const thresholdLabel = (value: string) => {
    const key = `options.threshold.${value}`;
    const text = translate(msg(key), lang);
    return text === key ? value : text;
  };
  return (
    <Section title={t('options.section.connector')} testId="section-connector">
      <p className="mb-3 text-sm text-slate-600">{t('options.connector.explained')}</p>
      <TextField
        testId="field-installed-at"
        type="datetime-local"
        label={t('options.connector.installed-at')}
        hint={t('options.connector.installed-at-hint', { zone: form.timeZone })}
        value={form.installedAt}
        onChange={(installedAt) => set({ installedAt })}
        error={errors['connector.installedAt']}
      />
      <CheckboxField testId="field-article-import-finished" label={t('options.connector.article-import-finished')} checked={form.articleImportFinished} onChange={(articleImportFinished) => set({ articleImportFinished })} />
      <SelectField
        testId="field-status-threshold"
        label={t('options.connector.status-threshold')}
        value={form.statusThreshold}
        options={(platform?.statusThresholds ?? []).map((value) => ({ value, label: thresholdLabel(value) }))}
        onChange={(statusThreshold) => set({ statusThreshold })}
        error={errors['connector.statusThreshold']}
      />
      {(platform?.skuSources.length ?? 0) > 1 && (
        <SelectField
          testId="field-sku-source"
          label={t('options.connector.sku-source')}
          value={form.skuSource}
          options={(platform?.skuSources ?? []).map((value) => ({ value, label: t(`options.sku-source.${value}`) }))}
          onChange={(skuSource) => set({ skuSource })}
          error={errors['connector.skuSource']}
        />
      )}
      <SelectField
        testId="field-edition"
        label={t('options.connector.edition')}
        value={form.edition}
        options={EditionSchema.options.map((value) => ({ value, label: t(`options.edition.${value}`) }))}
        onChange={(value) => set({ edition: EditionSchema.parse(value) })}
        error={errors['connector.edition']}
      />
      <CheckboxField testId="field-duplicate-check" label={t('options.connector.duplicate-check')} checked={form.duplicateCheck} onChange={(duplicateCheck) => set({ duplicateCheck })} />
      <CheckboxField testId="field-warehouse-module" label={t('options.connector.warehouse-module')} checked={form.warehouseModule} onChange={(warehouseModule) => set({ warehouseModule })} />
      {form.warehouseModule && (
        <TextField testId="field-warehouse-code" label={t('options.connector.warehouse-code')} value={form.warehouseCode} onChange={(warehouseCode) => set({ warehouseCode })} error={errors['connector.warehouseCode']} />
      )}
      <TextField testId="field-home-country" label={t('options.connector.home-country')} hint={t('options.connector.home-country-hint')} value={form.homeCountry} onChange={(homeCountry) => set({ homeCountry })} error={errors['homeCountry']} />
      <TextField testId="field-time-zone" label={t('options.connector.time-zone')} value={form.timeZone} onChange={(timeZone) => set({ timeZone })} error={errors['timeZone']} />
      {platformFields(form.platform).connectorShopUrl && (
        <TextField
          testId="field-connector-shop-url"
          label={t('options.connector.shop-url')}
          hint={t('options.connector.shop-url-hint')}
          placeholder="https://www.myshop.nl"
          value={form.connectorShopUrl}
          onChange={(connectorShopUrl) => set({ connectorShopUrl })}
          error={errors['connector.shopUrl']}
        />
      )}
    </Section>
  );
}
