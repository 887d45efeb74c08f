import { Section, TextField } from './fields';
import { GL_KEYS, VAT_KEYS } from './form-state';
import { useT } from './options-context';
import { kebab, type SectionProps } from './section-props';

/** The connector's VAT-code and GL-account mapping and its shipping-cost article. */
export function MappingSection({ form, set, errors }: SectionProps) {
  const t = useT();
  return (
    <Section title={t('options.section.mapping')} testId="section-mapping">
      <p className="mb-3 text-sm text-slate-600">{t('options.mapping.explained')}</p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        {VAT_KEYS.map((key) => (
          <TextField
            key={key}
            testId={`field-vat-${kebab(key)}`}
            label={t(`options.mapping.vat.${key}`)}
            value={form.vatMapping[key]}
            onChange={(value) => set({ vatMapping: { ...form.vatMapping, [key]: value } })}
            error={errors[`connector.vatMapping.${key}`]}
          />
        ))}
        {GL_KEYS.map((key) => (
          <TextField
            key={key}
            testId={`field-gl-${kebab(key)}`}
            label={t(`options.mapping.gl.${key}`)}
            value={form.glMapping[key]}
            onChange={(value) => set({ glMapping: { ...form.glMapping, [key]: value } })}
            error={errors[`connector.glMapping.${key}`]}
          />
        ))}
        <TextField
          testId="field-shipping-article"
          label={t('options.mapping.shipping-article')}
          hint={t('options.mapping.shipping-article-hint')}
          value={form.shippingArticleCode}
          onChange={(shippingArticleCode) => set({ shippingArticleCode })}
          error={errors['connector.shippingArticleCode']}
        />
      </div>
    </Section>
  );
}
