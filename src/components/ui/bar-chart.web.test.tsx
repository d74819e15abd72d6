import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart } from './bar-chart';

const TITLE = 'Hồ sơ theo trạng thái';
const labels = { labelHeading: 'Mục', valueHeading: 'Số lượng', tableToggle: 'Xem dạng bảng', empty: 'Không có số liệu.' };

describe('BarChart', () => {
  it('names itself, says every figure in words, and offers the same figures as a table', () => {
    render(<BarChart title={TITLE} {...labels} data={[{ label: 'Đúng hạn', value: 7, tone: 'good' }, { label: 'Trễ hạn', value: 2, display: '2 hồ sơ', tone: 'bad' }]} />);
    const chart = screen.getByRole('img', { name: /Hồ sơ theo trạng thái/ });
    expect(chart).toHaveAccessibleDescription('Đúng hạn: 7; Trễ hạn: 2 hồ sơ');
    // A bad value is hatched, not only coloured.
    expect(chart.querySelector('rect[fill^="url(#"]')).not.toBeNull();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual(['MụcSố lượng', 'Đúng hạn7', 'Trễ hạn2 hồ sơ']);
    expect(screen.getByRole('figure', { name: 'Hồ sơ theo trạng thái' })).toBeInTheDocument();
  });

  it('says so when there is nothing to draw', () => {
    render(<BarChart title={TITLE} {...labels} data={[]} />);
    expect(screen.getByText('Không có số liệu.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
