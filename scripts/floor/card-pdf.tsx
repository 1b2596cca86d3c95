// The floor's PDF: one A6 page in Helvetica (a standard PDF font: nothing to fetch or embed).
import { Document, Page, StyleSheet, Text, View, pdf } from '@react-pdf/renderer'

const styles = StyleSheet.create({
  page: { fontFamily: 'Helvetica', fontSize: 10, padding: 24, lineHeight: 1.4 },
  name: { fontFamily: 'Helvetica-Bold', fontSize: 16, marginBottom: 8 },
  question: { fontFamily: 'Helvetica-Bold', marginTop: 12 },
})

export function renderCardPdf(): Promise<Blob> {
  return pdf(
    <Document title="Floor card">
      <Page size="A6" style={styles.page}>
        <Text style={styles.name}>Ada Lovelace</Text>
        <View>
          <Text>
            I work on a world where every child who loves numbers finds someone who says: keep
            going. Because I was that child, and one teacher changed everything.
          </Text>
          <Text style={styles.question}>So, what are you passionate about?</Text>
        </View>
      </Page>
    </Document>,
  ).toBlob()
}
