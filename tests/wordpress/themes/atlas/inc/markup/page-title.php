<?php
/**
 * Page title bar ("hero"), printed between the header and the content on
 * every view except single posts (those print their title in the article).
 *
 * atlas_content_before        → atlas_page_title_bar()   10
 * atlas_page_title_bar_top    → atlas_page_title_bar_breadcrumbs() 10
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Title of the current view, as HTML.
 *
 * @return string
 */
function atlas_get_page_title() {
	if ( is_home() && is_front_page() ) {
		$title = esc_html( get_bloginfo( 'name' ) );
	} elseif ( is_home() ) {
		$title = esc_html( single_post_title( '', false ) );
	} elseif ( is_search() ) {
		$title = sprintf(
			/* translators: %s: search query. */
			esc_html__( 'Sökresultat för: %s', 'atlas' ),
			'<span class="atlas-search-query">' . esc_html( get_search_query( false ) ) . '</span>'
		);
	} elseif ( is_404() ) {
		$title = esc_html__( 'Sidan kunde inte hittas', 'atlas' );
	} elseif ( is_archive() ) {
		$title = wp_kses_post( get_the_archive_title() );
	} elseif ( is_singular() ) {
		$title = wp_kses_post( get_the_title( get_queried_object_id() ) );
	} else {
		$title = esc_html( get_bloginfo( 'name' ) );
	}

	/**
	 * Filters the title shown in the page title bar.
	 *
	 * @param string $title Title HTML.
	 */
	return apply_filters( 'atlas_page_title', $title );
}

/**
 * Subtitle of the current view, as HTML.
 *
 * @return string
 */
function atlas_get_page_subtitle() {
	$subtitle = '';

	if ( is_home() && is_front_page() ) {
		$subtitle = esc_html( get_bloginfo( 'description' ) );
	} elseif ( is_archive() ) {
		$subtitle = wp_kses_post( get_the_archive_description() );
	} elseif ( is_search() ) {
		global $wp_query;
		$subtitle = esc_html(
			sprintf(
				/* translators: %s: number of results. */
				_n( '%s träff', '%s träffar', (int) $wp_query->found_posts, 'atlas' ),
				number_format_i18n( (int) $wp_query->found_posts )
			)
		);
	}

	/**
	 * Filters the subtitle shown in the page title bar.
	 *
	 * @param string $subtitle Subtitle HTML.
	 */
	return apply_filters( 'atlas_page_subtitle', $subtitle );
}

/**
 * The page title bar.
 */
function atlas_page_title_bar() {
	if ( ! atlas_show_page_title_bar() ) {
		return;
	}

	$classes = array( 'atlas-page-title-bar' );
	if ( is_front_page() && is_home() ) {
		$classes[] = 'atlas-hero';
	}

	$subtitle = atlas_get_page_subtitle();
	?>
	<section class="<?php echo esc_attr( implode( ' ', $classes ) ); ?>">
		<div class="atlas-container">
			<div class="atlas-page-title-inner">
				<?php do_action( 'atlas_page_title_bar_top' ); ?>
				<h1 class="page-title atlas-page-title"><?php echo atlas_get_page_title(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- Escaped in atlas_get_page_title(). ?></h1>
				<?php if ( $subtitle ) : ?>
					<div class="atlas-page-subtitle archive-description"><?php echo $subtitle; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?></div>
				<?php endif; ?>
				<?php do_action( 'atlas_page_title_bar_bottom' ); ?>
			</div>
		</div>
	</section>
	<?php
}
add_action( 'atlas_content_before', 'atlas_page_title_bar' );

/**
 * Breadcrumbs inside the page title bar.
 */
function atlas_page_title_bar_breadcrumbs() {
	if ( atlas_get_option( 'breadcrumbs' ) ) {
		atlas_breadcrumbs( 'atlas-title-bar-breadcrumbs' );
	}
}
add_action( 'atlas_page_title_bar_top', 'atlas_page_title_bar_breadcrumbs' );

/**
 * Archive titles with the theme's own Swedish prefixes, the prefix and the
 * name wrapped separately so they can be styled (or the prefix hidden).
 *
 * @param string $title Archive title from core.
 * @return string
 */
function atlas_archive_title( $title ) {
	if ( is_category() ) {
		$prefix = __( 'Kategori:', 'atlas' );
		$name   = single_cat_title( '', false );
	} elseif ( is_tag() ) {
		$prefix = __( 'Etikett:', 'atlas' );
		$name   = single_tag_title( '', false );
	} elseif ( is_author() ) {
		$author = get_queried_object();
		$prefix = __( 'Författare:', 'atlas' );
		$name   = $author instanceof WP_User ? $author->display_name : get_the_author();
	} elseif ( is_year() ) {
		$prefix = __( 'År:', 'atlas' );
		$name   = get_the_date( _x( 'Y', 'yearly archives date format', 'atlas' ) );
	} elseif ( is_month() ) {
		$prefix = __( 'Månad:', 'atlas' );
		$name   = get_the_date( _x( 'F Y', 'monthly archives date format', 'atlas' ) );
	} elseif ( is_day() ) {
		$prefix = __( 'Dag:', 'atlas' );
		$name   = get_the_date( _x( 'j F Y', 'daily archives date format', 'atlas' ) );
	} elseif ( is_post_type_archive() ) {
		$prefix = __( 'Arkiv:', 'atlas' );
		$name   = post_type_archive_title( '', false );
	} elseif ( is_tax() && ! is_tax( 'post_format' ) ) {
		$term     = get_queried_object();
		$taxonomy = $term instanceof WP_Term ? get_taxonomy( $term->taxonomy ) : null;
		$prefix   = $taxonomy ? $taxonomy->labels->singular_name . ':' : '';
		$name     = single_term_title( '', false );
	} else {
		return $title;
	}

	/**
	 * Filters whether archive titles get a prefix ("Kategori:", "Etikett:" …).
	 *
	 * @param bool $show Whether to show the prefix.
	 */
	if ( ! apply_filters( 'atlas_archive_title_prefix', true ) ) {
		return esc_html( $name );
	}

	return sprintf(
		'<span class="atlas-archive-prefix">%1$s</span> <span class="atlas-archive-name">%2$s</span>',
		esc_html( $prefix ),
		esc_html( $name )
	);
}
add_filter( 'get_the_archive_title', 'atlas_archive_title' );
