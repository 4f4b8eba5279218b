export interface DatabaseWithOutage {
  mode: "restart" | "block";
  databaseUrl: string;
  begin(): Promise<void>;
  end(): Promise<void>;
  close(): Promise<void>;
}

export function databaseWithOutage(): Promise<DatabaseWithOutage>;
