<?php
/**
 * Sidan hittades inte.
 *
 * @package Kommun
 */

get_header();
?>

<div class="sidlayout sidlayout--utan-undermeny">
	<main id="innehall" class="sida-innehall sida-innehall--404" tabindex="-1">
		<h1 class="sida-innehall__rubrik">Sidan hittades inte</h1>
		<p class="ingress">Sidan du söker finns inte, eller så har den flyttats. Det kan bero på att du har följt en gammal länk eller skrivit fel adress.</p>
		<div class="brodtext">
			<p>Prova att söka efter det du letar efter:</p>
			<?php get_search_form(); ?>
			<p><a href="<?php echo esc_url( home_url( '/' ) ); ?>">Gå till startsidan</a></p>
		</div>
	</main>
</div>

<?php
get_footer();
