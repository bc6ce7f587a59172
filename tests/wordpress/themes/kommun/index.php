<?php
/**
 * Huvudmall – bloggens startsida (nyhetslista).
 *
 * @package Kommun
 */

get_header();

$bloggsida = kommun_bloggsida_id();
?>

<div class="sidlayout">
	<aside class="sidlayout__vanster" aria-label="Sidor i avsnittet">
		<?php kommun_undermeny(); ?>
	</aside>

	<main id="innehall" class="sida-innehall sida-innehall--lista" tabindex="-1">
		<h1 class="sida-innehall__rubrik">
			<?php
			if ( is_home() && $bloggsida ) {
				echo esc_html( get_the_title( $bloggsida ) );
			} elseif ( is_home() ) {
				echo 'VD-bloggen';
			} else {
				bloginfo( 'name' );
			}
			?>
		</h1>

		<?php if ( is_home() && $bloggsida && has_excerpt( $bloggsida ) ) : ?>
			<p class="ingress"><?php echo esc_html( get_the_excerpt( $bloggsida ) ); ?></p>
		<?php elseif ( is_home() && ! is_paged() ) : ?>
			<p class="ingress"><?php bloginfo( 'description' ); ?></p>
		<?php endif; ?>

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
