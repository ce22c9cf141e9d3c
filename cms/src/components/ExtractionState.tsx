'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'
import { ExtractionLine } from './ExtractionLine'

/** On a file's edit page: the state of its text extraction and the "Trích xuất lại" button. */
export function ExtractionState() {
  const { id } = useDocumentInfo()
  if (id === undefined || id === null) return null
  return (
    <div style={{ margin: '0 0 1rem' }}>
      <ExtractionLine id={id} />
    </div>
  )
}
