<?php
/**
 * The template for displaying archive pages (categories, tags, authors, dates)
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

get_header(); ?>

	<div <?php tie_content_column_attr(); ?>>

		<?php
		if ( have_posts() ) :

			if ( is_author() ) {

				echo '<header class="entry-header-outer container-wrapper author-archive-head">';
				do_action( 'TieLabs/before_archive_title' );
				echo '</header><!-- .entry-header-outer /-->';

				tie_author_box( get_queried_object() );

			} else {

				if ( is_category() || is_tag() ) {
					$title = single_term_title( '', false );
				} else {
					$title = get_the_archive_title();
				}

				get_template_part( 'templates/archive-head', '', array(
					'title'       => $title,
					'description' => get_the_archive_description(),
				) );
			}

			get_template_part( 'templates/archives' );

			tie_pagination();

		else :

			get_template_part( 'templates/no-posts' );

		endif;
		?>

	</div><!-- .main-content /-->

<?php
get_sidebar();

get_footer();
