<?php
/**
 * Post meta: datum, byline, kategorier, taggar, kommentarslänk.
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'generate_get_post_date' ) ) {
	/**
	 * Datum i GeneratePress-stil. Uppdaterat datum skrivs ut i en
	 * <time class="updated"> FÖRE publiceringsdatumet när de skiljer sig åt.
	 *
	 * @return string
	 */
	function generate_get_post_date() {
		$time_string = '<time class="entry-date published" datetime="%1$s" itemprop="datePublished">%2$s</time>';

		if ( get_the_time( 'U' ) !== get_the_modified_time( 'U' ) ) {
			$time_string = '<time class="updated" datetime="%3$s" itemprop="dateModified">%4$s</time>' . $time_string;
		}

		$time_string = sprintf(
			$time_string,
			esc_attr( get_the_date( 'c' ) ),
			esc_html( get_the_date() ),
			esc_attr( get_the_modified_date( 'c' ) ),
			esc_html( get_the_modified_date() )
		);

		return sprintf(
			'<span class="posted-on"><a href="%1$s" title="%2$s" rel="bookmark">%3$s</a></span> ',
			esc_url( get_permalink() ),
			esc_attr( get_the_time() ),
			$time_string
		);
	}
}

if ( ! function_exists( 'generate_get_post_author' ) ) {
	/**
	 * Byline: "av <författare>" med länk till författararkivet.
	 *
	 * @return string
	 */
	function generate_get_post_author() {
		return sprintf(
			'<span class="byline">%1$s<span class="author vcard" %5$s><a class="url fn n" href="%2$s" title="%3$s" rel="author" itemprop="url"><span class="author-name" itemprop="name">%4$s</span></a></span></span> ',
			esc_html_x( 'av', 'post author', 'gpress' ) . ' ',
			esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ),
			/* translators: 1: Author name */
			esc_attr( sprintf( __( 'Visa alla inlägg av %s', 'gpress' ), get_the_author() ) ),
			esc_html( get_the_author() ),
			generate_get_microdata( 'post-author' )
		);
	}
}

if ( ! function_exists( 'generate_posted_on' ) ) {
	/**
	 * Prints HTML with meta information for the current post-date/time and author.
	 */
	function generate_posted_on() {
		echo generate_get_post_date(); // phpcs:ignore
		echo generate_get_post_author(); // phpcs:ignore
	}
}

if ( ! function_exists( 'generate_post_meta' ) ) {
	add_action( 'generate_after_entry_title', 'generate_post_meta' );
	/**
	 * Build the post meta under the title.
	 */
	function generate_post_meta() {
		if ( 'post' !== get_post_type() ) {
			return;
		}
		?>
		<div class="entry-meta">
			<?php generate_posted_on(); ?>
		</div>
		<?php
	}
}

if ( ! function_exists( 'generate_entry_meta' ) ) {
	/**
	 * Prints HTML with meta information for the categories, tags.
	 */
	function generate_entry_meta() {
		$categories_list = get_the_category_list( _x( ', ', 'Used between list items, there is a space after the comma.', 'gpress' ) );

		if ( $categories_list ) {
			printf(
				'<span class="cat-links">%3$s<span class="screen-reader-text">%1$s </span>%2$s</span> ',
				esc_html_x( 'Kategorier', 'Used before category names.', 'gpress' ),
				$categories_list, // phpcs:ignore
				generate_get_svg_icon( 'categories' ) // phpcs:ignore
			);
		}

		$tags_list = get_the_tag_list( '', _x( ', ', 'Used between list items, there is a space after the comma.', 'gpress' ) );

		if ( $tags_list && ! is_wp_error( $tags_list ) ) {
			printf(
				'<span class="tags-links">%3$s<span class="screen-reader-text">%1$s </span>%2$s</span> ',
				esc_html_x( 'Etiketter', 'Used before tag names.', 'gpress' ),
				$tags_list, // phpcs:ignore
				generate_get_svg_icon( 'tags' ) // phpcs:ignore
			);
		}

		if ( ! is_singular() && ! post_password_required() && ( comments_open() || get_comments_number() ) ) {
			echo '<span class="comments-link">';
				generate_do_svg_icon( 'comments' );
				comments_popup_link( __( 'Lämna en kommentar', 'gpress' ), __( '1 kommentar', 'gpress' ), __( '% kommentarer', 'gpress' ) );
			echo '</span> ';
		}
	}
}

if ( ! function_exists( 'generate_footer_meta' ) ) {
	add_action( 'generate_after_entry_content', 'generate_footer_meta' );
	/**
	 * Build the footer post meta.
	 */
	function generate_footer_meta() {
		if ( 'post' !== get_post_type() ) {
			return;
		}
		?>
		<footer class="entry-meta" aria-label="<?php esc_attr_e( 'Inläggsmeta', 'gpress' ); ?>">
			<?php
			generate_entry_meta();

			if ( is_single() ) {
				generate_content_nav( 'nav-below' );
			}
			?>
		</footer>
		<?php
	}
}
