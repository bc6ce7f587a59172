      </main>

      <?php get_template_part('resources/views/sections/footer'); ?>
    </div>

    <?php wp_footer(); ?>
  </body>
</html>
