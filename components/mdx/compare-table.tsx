"use client";

import { useId, useMemo, useState } from "react";

export interface CompareTableProps {
  caption?: string;
  columns: string[];
  rows: string[][];
}

type Sort = { column: number; direction: "ascending" | "descending" } | null;

/** A comparison table the reader can sort by any column and filter by text. */
export function CompareTable({ caption, columns, rows }: CompareTableProps) {
  const [filter, setFilter] = useState("");
  const [sort, setSort] = useState<Sort>(null);
  const filterId = useId();

  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const kept = needle ? rows.filter((row) => row.some((cell) => cell.toLowerCase().includes(needle))) : rows;
    if (!sort) return kept;
    const sign = sort.direction === "ascending" ? 1 : -1;
    return [...kept].sort(
      (a, b) => sign * (a[sort.column] ?? "").localeCompare(b[sort.column] ?? "", undefined, { numeric: true }),
    );
  }, [rows, filter, sort]);

  const toggle = (column: number) =>
    setSort((current) =>
      current?.column === column && current.direction === "ascending"
        ? { column, direction: "descending" }
        : { column, direction: "ascending" },
    );

  return (
    <div className="compare-table">
      <label htmlFor={filterId} className="compare-filter">
        Filter rows{" "}
        <input id={filterId} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </label>
      <div className="table-scroll">
        <table>
          {caption ? <caption>{caption}</caption> : null}
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={column} scope="col" aria-sort={sort?.column === index ? sort.direction : undefined}>
                  <button type="button" onClick={() => toggle(index)}>
                    {column}
                    <span aria-hidden="true">
                      {sort?.column === index ? (sort.direction === "ascending" ? " ▲" : " ▼") : " ↕"}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.join("|")}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={index}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {visible.length} of {rows.length} rows shown
      </p>
    </div>
  );
}
