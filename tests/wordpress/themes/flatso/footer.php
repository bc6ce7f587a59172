<?php
/**
 * The template for displaying the footer.
 *
 * @package flatso
 */
?>

</main>

<footer id="footer" class="footer-wrapper">

	<?php get_template_part( 'template-parts/footer/footer' ); ?>

	<?php get_template_part( 'template-parts/footer/back-to-top' ); ?>

</footer>

</div>

<?php wp_footer(); ?>

</body>
</html>
