// Whether annotations offer "Edit" (the explore page, where the editor can run), and what it
// does. Embeds, briefings and the one-file build provide nothing, so no Edit button shows there.
import { createContext, useContext } from "react";

export type EditAnnotation = (sourceId: string, annotationId?: string) => void;

export const EditContext = createContext<EditAnnotation | null>(null);

export const useEditAnnotation = () => useContext(EditContext);
