package org.attache.nlp.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseNameShapeTest {
    @Test
    void vietnameseNamesWithToneMarksOrLetters() {
        assertThat(VietnameseNameShape.matches("Nguyễn Thị Hương")).isTrue();
        assertThat(VietnameseNameShape.matches("Phạm Văn Đức")).isTrue();
        assertThat(VietnameseNameShape.matches("Lê Hoàng Nam")).isTrue();
        assertThat(VietnameseNameShape.matches("Tô Minh")).isTrue();
        assertThat(VietnameseNameShape.matches("Trần Quốc Bảo")).isTrue();
    }

    @Test
    void frenchPortugueseAndPlainNamesDoNotMatch() {
        assertThat(VietnameseNameShape.matches("René Lévesque")).isFalse();
        assertThat(VietnameseNameShape.matches("João Lourenço")).isFalse();
        assertThat(VietnameseNameShape.matches("José Ramos")).isFalse();
        assertThat(VietnameseNameShape.matches("Hélène Dubé")).isFalse();
        assertThat(VietnameseNameShape.matches("André Côté")).isFalse();
        assertThat(VietnameseNameShape.matches("Le Hoang Nam")).isFalse();
        assertThat(VietnameseNameShape.matches("Chen Wei")).isFalse();
    }

    @Test
    void tokenCountAndLengthLimits() {
        assertThat(VietnameseNameShape.matches("Đức")).isFalse();
        assertThat(VietnameseNameShape.matches("Nguyễn Thị Minh Khai Hương")).isFalse();
        assertThat(VietnameseNameShape.matches("Nguyễnnnn Văn")).isFalse();
        assertThat(VietnameseNameShape.matches(null)).isFalse();
    }
}
