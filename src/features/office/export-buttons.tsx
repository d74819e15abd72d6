import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { officeFile } from './office-api';
import { RemoteProblem } from './remote-problem';

/** Everything the commune holds about the person, as JSON or as a PDF to print and hand over (each download is audited). */
export function ExportButtons({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('office');
  const [problem, setProblem] = useState<unknown>();
  const download = async (format: 'json' | 'pdf') => {
    setProblem(undefined);
    try {
      const blob = await officeFile(`/office/citizens/${citizenId}/export.${format}`);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `cau-noi-${citizenId.slice(0, 8)}.${format}`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <section className="card form-stack tight" aria-labelledby="export-title">
      <h2 id="export-title">{t('rights.exportTitle')}</h2>
      <p className="field-hint">{t('rights.exportExplain')}</p>
      {problem ? <RemoteProblem error={problem} /> : null}
      <div className="btn-row">
        <button type="button" className="btn" onClick={() => void download('pdf')}><Pictogram name="print" /><span>{t('rights.exportPdf')}</span></button>
        <button type="button" className="btn" onClick={() => void download('json')}><Pictogram name="download" /><span>{t('rights.exportJson')}</span></button>
      </div>
    </section>
  );
}
