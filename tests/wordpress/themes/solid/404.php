<?php
/**
 * 404.
 *
 * @package solid
 */

get_header();
?>
<div class="container page-404">
	<div class="error-404">
		<div class="error-image">
			<img src="<?php echo esc_url( get_template_directory_uri() . '/images/404.png' ); ?>" alt="404"/>
		</div>
		<p class="sub-heading-text-404">Hoppsan! Sidan kunde inte hittas.</p>
		<p class="error-text">Sidan du letar efter finns inte längre eller har flyttats. Prova att söka nedan.</p>
		<div class="search-form">
			<?php get_search_form(); ?>
		</div>
		<p class="go-back-home"><a href="<?php echo esc_url( home_url( '/' ) ); ?>">Tillbaka till startsidan</a></p>
	</div>
</div>
<?php
get_footer();
