<?php
/**
 * The footer – like Blocksy's footer.php.
 *
 * @package blocka
 */

?>
	</main>

	<?php
		echo blocka_output_footer();
	?>
</div>

<?php blocka_output_panels(); ?>

<?php wp_footer(); ?>

</body>
</html>
