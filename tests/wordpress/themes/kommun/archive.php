<?php
/**
 * Arkiv: ämnen, nyckelord, skribent, datum.
 *
 * @package Kommun
 */

get_header();
?>

<div class="sidlayout">
	<aside class="sidlayout__vanster" aria-label="Sidor i avsnittet">
		<?php kommun_undermeny(); ?>
	</aside>

	<main id="innehall" class="sida-innehall sida-innehall--lista" tabindex="-1">
		<h1 class="sida-innehall__rubrik">
			<?php
			if ( is_category() ) {
				echo 'Ämne: ' . esc_html( single_cat_title( '', false ) );
			} elseif ( is_tag() ) {
				echo 'Nyckelord: ' . esc_html( single_tag_title( '', false ) );
			} elseif ( is_author() ) {
				echo 'Skribent: ' . esc_html( get_the_author_meta( 'display_name', get_queried_object_id() ) );
			} elseif ( is_year() ) {
				echo 'Inlägg från ' . esc_html( get_the_date( 'Y' ) );
			} elseif ( is_month() ) {
				echo 'Inlägg från ' . esc_html( get_the_date( 'F Y' ) );
			} elseif ( is_day() ) {
				echo 'Inlägg från ' . esc_html( get_the_date( 'j F Y' ) );
			} else {
				echo esc_html( wp_strip_all_tags( get_the_archive_title() ) );
			}
			?>
		</h1>

		<?php
		if ( is_author() ) {
			$beskrivning = get_the_author_meta( 'description', get_queried_object_id() );
			if ( $beskrivning ) {
				echo '<div class="skribent-presentation">';
				echo get_avatar( get_queried_object_id(), 96, '', '', array( 'class' => 'skribent-presentation__bild' ) );
				echo '<p class="ingress">' . esc_html( $beskrivning ) . '</p>';
				echo '</div>';
			}
		} else {
			$beskrivning = get_the_archive_description();
			if ( $beskrivning ) {
				echo '<div class="ingress">' . wp_kses_post( $beskrivning ) . '</div>';
			}
		}
		?>

		<?php if ( have_posts() ) : ?>
			<ul class="nyhetslista">
				<?php
				while ( have_posts() ) :
					the_post();
					get_template_part( 'template-parts/nyhetslista-post' );
				endwhile;
				?>
			</ul>

			<?php kommun_sidnumrering(); ?>
		<?php else : ?>
			<?php get_template_part( 'template-parts/inga-traffar' ); ?>
		<?php endif; ?>
	</main>
</div>

<?php
get_footer();
