<?php
/**
 * Blog listing markup (home, archives, search), hooked into the templates.
 *
 * atlas_archive_entry_top           → atlas_archive_thumbnail()      10
 * atlas_archive_entry_header_top    → atlas_archive_categories()     10
 * atlas_archive_entry_header_bottom → atlas_archive_meta()           10
 * atlas_archive_entry_bottom        → atlas_archive_read_more()      10
 * atlas_archive_after_loop          → atlas_archive_pagination()     10
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Featured image of a card.
 */
function atlas_archive_thumbnail() {
	atlas_post_thumbnail( 'atlas-card' );
}
add_action( 'atlas_archive_entry_top', 'atlas_archive_thumbnail' );

/**
 * Category labels above the card title.
 */
function atlas_archive_categories() {
	if ( 'post' !== get_post_type() ) {
		return;
	}

	$categories = get_the_category_list( ' ' );
	if ( $categories ) {
		echo '<div class="atlas-card-cats"><span class="screen-reader-text">' . esc_html__( 'Kategorier', 'atlas' ) . '</span>' . $categories . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	}
}
add_action( 'atlas_archive_entry_header_top', 'atlas_archive_categories' );

/**
 * Sticky label.
 */
function atlas_archive_sticky_label() {
	if ( is_sticky() && is_home() && ! is_paged() ) {
		echo '<span class="atlas-sticky-label">' . atlas_get_icon( 'star', 12 ) . esc_html__( 'Utvalt', 'atlas' ) . '</span>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	}
}
add_action( 'atlas_archive_entry_header_top', 'atlas_archive_sticky_label', 5 );

/**
 * Meta row of a card.
 */
function atlas_archive_meta() {
	if ( 'post' === get_post_type() ) {
		atlas_post_meta( 'archive' );
	}
}
add_action( 'atlas_archive_entry_header_bottom', 'atlas_archive_meta' );

/**
 * "Läs mer" link of a card.
 */
function atlas_archive_read_more() {
	if ( ! atlas_get_option( 'archive_read_more' ) ) {
		return;
	}
	printf(
		'<a class="atlas-read-more" href="%1$s">%2$s<span class="screen-reader-text"> %3$s</span>%4$s</a>',
		esc_url( get_permalink() ),
		esc_html__( 'Läs mer', 'atlas' ),
		/* translators: %s: post title. */
		esc_html( sprintf( __( 'om ”%s”', 'atlas' ), the_title_attribute( array( 'echo' => false ) ) ) ),
		atlas_get_icon( 'arrow-right', 16 ) // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	);
}
add_action( 'atlas_archive_entry_bottom', 'atlas_archive_read_more' );

/**
 * Numbered pagination to older/newer posts.
 */
function atlas_archive_pagination() {
	the_posts_pagination(
		array(
			'mid_size'           => 2,
			'prev_text'          => atlas_get_icon( 'chevron-left', 16 ) . '<span class="atlas-pagination-label">' . esc_html__( 'Nyare inlägg', 'atlas' ) . '</span>',
			'next_text'          => '<span class="atlas-pagination-label">' . esc_html__( 'Äldre inlägg', 'atlas' ) . '</span>' . atlas_get_icon( 'chevron-right', 16 ),
			/* translators: Hidden accessibility text, before the page number. */
			'before_page_number' => '<span class="screen-reader-text">' . esc_html__( 'Sida', 'atlas' ) . ' </span>',
			'screen_reader_text' => esc_html__( 'Inläggsnavigering', 'atlas' ),
			'aria_label'         => esc_attr__( 'Inlägg', 'atlas' ),
			'class'              => 'atlas-pagination',
		)
	);
}
add_action( 'atlas_archive_after_loop', 'atlas_archive_pagination' );
