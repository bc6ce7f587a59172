<?php
/**
 * Sökresultat.
 *
 * @package Kommun
 */

get_header();

global $wp_query;
?>

<div class="sidlayout sidlayout--utan-undermeny">
	<main id="innehall" class="sida-innehall sida-innehall--sok" tabindex="-1">
		<h1 class="sida-innehall__rubrik">Sökresultat</h1>

		<div class="sok-sida">
			<?php get_search_form(); ?>
		</div>

		<p class="sok-antal" role="status">
			<?php
			printf(
				'Din sökning på <strong>%1$s</strong> gav %2$d %3$s.',
				esc_html( get_search_query() ),
				(int) $wp_query->found_posts,
				1 === (int) $wp_query->found_posts ? 'träff' : 'träffar'
			);
			?>
		</p>

		<?php if ( have_posts() ) : ?>
			<ul class="nyhetslista nyhetslista--sok">
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
