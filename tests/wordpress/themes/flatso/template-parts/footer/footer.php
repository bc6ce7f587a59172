<?php do_action( 'flatsome_before_footer' ); ?>

<!-- FOOTER 1 -->

<!-- FOOTER 2 -->
<div class="footer-widgets footer footer-2 dark">
		<div class="row dark large-columns-4 mb-0">
	   		<?php flatso_footer_widgets(); ?>
		</div>
</div>

<?php do_action( 'flatsome_after_footer' ); ?>

<?php get_template_part( 'template-parts/footer/footer-absolute' ); ?>
