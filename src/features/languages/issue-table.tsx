import { useTranslation } from 'react-i18next';
import type { PackIssue } from '../../domain/i18n/validate-pack';

/** Problems in an imported file, one per row, in the admin's language. */
export function IssueTable({ issues }: { issues: readonly PackIssue[] }) {
  const { t } = useTranslation('admin');
  return (
    <div className="table-scroll">
      <table className="issue-table" data-testid="pack-issues">
        <thead>
          <tr>
            <th scope="col">{t('languages.table.row')}</th>
            <th scope="col">{t('languages.table.key')}</th>
            <th scope="col">{t('languages.table.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={`${issue.row ?? 'x'}-${issue.namespace}-${issue.key}-${issue.code}-${i}`}>
              <td>{issue.row === undefined ? t('languages.import.existing') : t('languages.import.row', { row: issue.row })}</td>
              <td><code>{`${issue.namespace}:${issue.key}`}</code></td>
              <td>{t(`languages.import.issue.${issue.code}`, { ...issue.params })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
