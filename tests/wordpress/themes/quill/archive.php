<?php
/**
 * Arkiven: kategori, etikett, datum och författare.
 *
 * @package Quill
 */

get_header();
?>

<div id="content" class="narrowcolumn">

	<?php if ( have_posts() ) : ?>
	<h2 class="pagetitle">
		<?php
		if ( is_category() ) {
			/* translators: %s: kategorins namn */
			printf( __( 'Arkiv för kategorin &#8221;%s&#8221;', 'quill' ), single_cat_title( '', false ) );
		} elseif ( is_tag() ) {
			/* translators: %s: etikettens namn */
			printf( __( 'Inlägg med etiketten &#8221;%s&#8221;', 'quill' ), single_tag_title( '', false ) );
		} elseif ( is_tax() ) {
			printf( __( 'Arkiv för &#8221;%s&#8221;', 'quill' ), single_term_title( '', false ) );
		} elseif ( is_day() ) {
			/* translators: %s: datum */
			printf( __( 'Arkiv för %s', 'quill' ), esc_html( get_the_date( _x( 'j F Y', 'daily archive date format', 'quill' ) ) ) );
		} elseif ( is_month() ) {
			/* translators: %s: månad och år */
			printf( __( 'Arkiv för %s', 'quill' ), esc_html( get_the_date( _x( 'F Y', 'monthly archive date format', 'quill' ) ) ) );
		} elseif ( is_year() ) {
			/* translators: %s: år */
			printf( __( 'Arkiv för %s', 'quill' ), esc_html( get_the_date( _x( 'Y', 'yearly archive date format', 'quill' ) ) ) );
		} elseif ( is_author() ) {
			/* translators: %s: författarens namn */
			printf( __( 'Inlägg av %s', 'quill' ), esc_html( get_the_author_meta( 'display_name', (int) get_query_var( 'author' ) ) ) );
		} else {
			_e( 'Bloggarkiv', 'quill' );
		}
		?>
	</h2>
	<?php
	if ( is_category() || is_tag() || is_tax() ) {
		$quill_description = term_description();
		if ( $quill_description ) {
			echo '<div class="archive-description">' . $quill_description . '</div>';
		}
	}
	?>
	<?php endif; ?>

	<?php get_template_part( 'loop' ); ?>

</div>

<?php
get_sidebar();
get_footer();
